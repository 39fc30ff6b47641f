// Bad input stops the data step with a Dutch message naming the file, the line, what is wrong and
// how to fix it.

import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DataInputError } from '../../../src/prep/mirror/errors';
import { runData } from '../../../src/prep/runData';
import { fixtureFiles, writeFixtureMirror } from './fixtureMirror';

const dirs: string[] = [];
afterEach(() => {
	for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function failure(overrides: Record<string, string | null>, setup?: (dir: string) => void): Promise<DataInputError> {
	const mirror = writeFixtureMirror(overrides);
	dirs.push(mirror);
	setup?.(mirror);
	const out = join(mirror, 'out');
	try {
		await runData({ mirrorDir: mirror, outDir: out });
	} catch (err) {
		expect(err).toBeInstanceOf(DataInputError);
		return err as DataInputError;
	}
	throw new Error('runData did not fail');
}

const wijkCsv = fixtureFiles()['wmo/wijk_totaal_jaar.csv'];

describe('bad input', () => {
	it('a missing mirror folder', async () => {
		const err = await runData({ mirrorDir: '/nonexistent/wmo-mirror', outDir: '/tmp/never-written' }).catch((e) => e);
		expect(err).toBeInstanceOf(DataInputError);
		expect(err.message).toContain('/nonexistent/wmo-mirror');
		expect(err.message).toContain('spiegelmap');
		expect(err.message).toContain('WMO_DATA_DIR');
	});

	it('a missing file', async () => {
		const err = await failure({ 'wmo/gemeente_type_jaar.csv': null });
		expect(err.file).toBe('wmo/gemeente_type_jaar.csv');
		expect(err.message).toMatch(/ontbreekt/);
		expect(err.fix).toMatch(/Zet wmo\/gemeente_type_jaar.csv terug/);
	});

	it('an unreadable file', async () => {
		// A folder where the file should be: exists, but cannot be read as CSV.
		const err = await failure({ 'wmo/wijk_hh_halfjaar.csv': null }, (dir) => mkdirSync(join(dir, 'wmo/wijk_hh_halfjaar.csv')));
		expect(err.file).toBe('wmo/wijk_hh_halfjaar.csv');
		expect(err.message).toMatch(/niet als CSV worden gelezen/);
	});

	it('a column that has changed name', async () => {
		const err = await failure({ 'wmo/wijk_totaal_jaar.csv': wijkCsv.replace('wmoclienten', 'wmo_clienten') });
		expect(err.file).toBe('wmo/wijk_totaal_jaar.csv');
		expect(err.line).toBe(1);
		expect(err.problem).toContain('"wmoclienten" ontbreekt');
		expect(err.problem).toContain('"wmo_clienten"');
		expect(err.fix).toContain('Hernoem de kolom "wmo_clienten" terug naar "wmoclienten"');
	});

	it('a malformed region code, with its line', async () => {
		const err = await failure({ 'wmo/wijk_totaal_jaar.csv': wijkCsv.replace('WK000200,2017', 'W000200,2017') });
		expect(err.line).toBe(8); // header + 6 rows before it
		expect(err.problem).toContain('onbekende regiocode "W000200"');
	});

	it('a region code unknown to the indeling of its year', async () => {
		const err = await failure({ 'wmo/wijk_totaal_jaar.csv': wijkCsv.replace('WK000200,2017', 'WK000999,2017') });
		expect(err.file).toBe('wmo/wijk_totaal_jaar.csv');
		expect(err.line).toBe(8); // header + 6 rows before it
		expect(err.problem).toContain('onbekende regiocode "WK000999"');
		expect(err.message).toMatch(/regel 8/);
	});

	it('a negative count', async () => {
		const err = await failure({ 'wmo/wijk_totaal_jaar.csv': wijkCsv.replace('WK000300,2017,Totaal,60.0', 'WK000300,2017,Totaal,-60.0') });
		expect(err.line).toBe(9);
		expect(err.problem).toContain('negatief aantal (-60.0) in kolom "wmoclienten"');
		expect(err.fix).toMatch(/leeg = ontbrekend, nooit 0/);
	});

	it('a text where a number belongs', async () => {
		const err = await failure({ 'wmo/wijk_totaal_jaar.csv': wijkCsv.replace('WK000300,2017,Totaal,60.0', 'WK000300,2017,Totaal,zestig') });
		expect(err.line).toBe(9);
		expect(err.problem).toContain('"zestig"');
	});
});
