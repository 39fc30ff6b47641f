// The one command-line parser of the data step and the model CLIs: Node's own util.parseArgs,
// strict, with a Dutch message that names the option and shows the usage.
import { parseArgs } from 'node:util';

export type FlagSpec = Record<string, { type: 'string' | 'boolean' }>;

export class FlagError extends Error {}

export function parseFlags<S extends FlagSpec>(argv: string[], spec: S, usage: string): { [K in keyof S]?: S[K]['type'] extends 'boolean' ? boolean : string } {
	try {
		return parseArgs({ args: argv, options: spec, strict: true, allowPositionals: false }).values as never;
	} catch (e) {
		const msg = (e as Error).message;
		const flag = msg.match(/'(-[^']+)'/)?.[1];
		throw new FlagError(`${flag ? `Optie „${flag}”: ` : ''}${/argument missing|requires/i.test(msg) ? 'mist een waarde' : 'onbekend of ongeldig'}. ${usage}`);
	}
}
