// Runs the command-line forecast (`npm run forecast -- --origin YEAR --out FILE`) on the snapshot
// the built site serves, and parses its CSV: the reference the browser's numbers must equal.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface CliRow {
	level: string;
	code: string;
	category: string;
	year: number;
	forecast: number | null;
	lower: number | null;
	upper: number | null;
	reliability: string;
}

export function runForecastCli(origin: number, dataDir = 'build/data'): Map<string, CliRow> {
	const out = join(mkdtempSync(join(tmpdir(), 'wmo-e2e-')), 'forecast.csv');
	execFileSync('npm', ['run', '--silent', 'forecast', '--', '--origin', String(origin), '--out', out, '--data', dataDir], {
		stdio: ['ignore', 'ignore', 'inherit']
	});
	const [head, ...lines] = readFileSync(out, 'utf8').trim().split('\n');
	const cols = head.split(',');
	const num = (s: string) => (s === '' ? null : Number(s));
	const rows = new Map<string, CliRow>();
	for (const line of lines) {
		const v = Object.fromEntries(line.split(',').map((x, i) => [cols[i], x]));
		const row: CliRow = {
			level: v.level,
			code: v.code,
			category: v.category,
			year: Number(v.year),
			forecast: num(v.forecast),
			lower: num(v.lower),
			upper: num(v.upper),
			reliability: v.reliability
		};
		rows.set(`${row.code}|${row.category}|${row.year}`, row);
	}
	return rows;
}
