// Dutch problem messages: every one names the file, the row, the value and the fix.
import type { Problem, Result, Severity } from './types';

export interface ProblemInput {
	code: string;
	file: string;
	line?: number;
	column?: string;
	value?: string;
	message: string;
	fix: string;
	severity?: Severity;
	/** 'regel' for CSV, 'rij' for XLSX */
	lineWord?: string;
}

export function problem(p: ProblemInput): Problem {
	const severity = p.severity ?? 'fout';
	const head = severity === 'fout' ? 'Fout in' : severity === 'waarschuwing' ? 'Let op bij' : 'Over';
	const where = p.line != null ? ` (${p.lineWord ?? 'regel'} ${p.line})` : '';
	const text = `${head} ${p.file}${where}: ${p.message} Oplossing: ${p.fix}`;
	return { severity, code: p.code, file: p.file, line: p.line, column: p.column, value: p.value, message: p.message, fix: p.fix, text };
}

export function fail<T>(problems: Problem[]): Result<T> {
	return { ok: false, problems };
}

export function hasFatal(problems: Problem[]): boolean {
	return problems.some((p) => p.severity === 'fout' && FATAL.has(p.code));
}

/** Problems that make the whole file unusable (others only skip a row). */
export const FATAL = new Set(['leeg', 'te_groot', 'kolommen', 'geen_rijen', 'xlsx', 'blad', 'onleesbaar']);

/** Cap on row-level messages of one code, so a million bad rows do not flood the screen. */
export class ProblemList {
	readonly items: Problem[] = [];
	private counts = new Map<string, number>();
	constructor(private readonly cap = 20) {}
	add(p: Problem): void {
		const n = (this.counts.get(p.code) ?? 0) + 1;
		this.counts.set(p.code, n);
		if (n <= this.cap) this.items.push(p);
	}
	/** Appends one summary line per code that hit the cap. */
	finish(file: string): Problem[] {
		for (const [code, n] of this.counts) {
			if (n > this.cap)
				this.items.push(
					problem({
						code,
						file,
						severity: 'waarschuwing',
						message: `nog ${n - this.cap} regels met hetzelfde probleem (${code}); in totaal ${n}.`,
						fix: 'Los de eerste gevallen hierboven op; de rest heeft waarschijnlijk dezelfde oorzaak.'
					})
				);
		}
		return this.items;
	}
	count(code: string): number {
		return this.counts.get(code) ?? 0;
	}
}

export function quote(v: string): string {
	return `"${v.length > 40 ? v.slice(0, 40) + '…' : v}"`;
}
