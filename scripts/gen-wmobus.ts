// SYNTHETIC Wmo records in the WMOBUS layout of seed 003, for tests and the speed measurement.
// Every person is invented (RINPERSOON "SYN…"); nothing here comes from or describes real people.
// Deterministic: the same arguments and --seed give the same file.
//
//   npx tsx scripts/gen-wmobus.ts --records 1000000 --gemeente GM0344 --from 2017 --to 2025 --wijken --out /tmp/x.csv
//
// Options: --records N (about N rows), --gemeente GMxxxx, --from/--to years, --wijken (add a
// buurtcode column with wijken of the gemeente from public/data/regions.parquet, else WKgggg01…10),
// --no-toewijzing (old layout: no toewijzingsnummer/leveringsvorm), --consent C (ToestemmingWmo for
// every record, default 3), --seed S, --out file (default stdout).
import { createWriteStream, existsSync, readFileSync } from 'node:fs';
import { once } from 'node:events';

export interface GenOptions {
	records: number;
	gemeente: string;
	from: number;
	to: number;
	wijken: boolean;
	toewijzing: boolean;
	consent: string;
	seed: number;
	wijkCodes?: string[];
}

export function mulberry32(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

// relative frequency of the type codes in synthetic data (roughly the national mix)
const TYPES: Array<[string, number]> = [
	['01', 30], ['02', 18], ['03', 4], ['04', 1], ['05', 1], ['06', 3], ['07', 6], ['08', 14], ['09', 1], ['10', 2],
	['11', 8], ['12', 4], ['13', 6], ['14', 5], ['15', 2], ['16', 1], ['17', 0.3], ['18', 0.5], ['88', 0.5]
];
const TOTAL_W = TYPES.reduce((a, [, w]) => a + w, 0);

function pick(r: number): string {
	let x = r * TOTAL_W;
	for (const [c, w] of TYPES) {
		x -= w;
		if (x <= 0) return c;
	}
	return '01';
}

const DAY = 86_400_000;
function ymd(t: number): string {
	const d = new Date(t);
	return `${d.getUTCFullYear()}${String(d.getUTCMonth() + 1).padStart(2, '0')}${String(d.getUTCDate()).padStart(2, '0')}`;
}

export const HEADER_NEW = 'RINPERSOONS;RINPERSOON;TypeArrangementWmo;GEMWMOJJJJ;vlgnrWmo;BegingeldigheidWmo;EindgeldigheidWmo;BegindatumWmo;EinddatumWmo;FinancieringsvormWmo;RedeneindeWmo;ToestemmingWmo;toewijzingsnummer;leveringsvorm';

/** Calls `line` for the header and every record. */
export function generate(o: GenOptions, line: (s: string) => void): number {
	const rnd = mulberry32(o.seed);
	const gm = o.gemeente.replace(/^GM/i, '').padStart(4, '0');
	const wijken = o.wijkCodes?.length ? o.wijkCodes : Array.from({ length: 10 }, (_, i) => `WK${gm}${String(i + 1).padStart(2, '0')}`);
	let header = o.toewijzing ? HEADER_NEW : HEADER_NEW.replace(';toewijzingsnummer;leveringsvorm', '');
	if (o.wijken) header += ';buurtcode';
	line(header);
	const start = Date.UTC(o.from, 0, 1);
	const end = Date.UTC(o.to, 11, 31);
	const span = end - start;
	let rows = 0;
	let person = 0;
	let toew = 0;
	while (rows < o.records) {
		person++;
		const pid = `SYN${String(person).padStart(7, '0')}`;
		const wijk = wijken[Math.floor(rnd() * wijken.length)];
		const buurt = `BU${wijk.slice(2)}${String(1 + Math.floor(rnd() * 9)).padStart(2, '0')}`;
		const nv = 1 + Math.floor(rnd() * rnd() * 4);
		for (let v = 0; v < nv && rows < o.records; v++) {
			const type = pick(rnd());
			// trajectories start up to two years before the window; a third are still open
			const b = start - 2 * 365 * DAY + Math.floor(rnd() * (span + 2 * 365 * DAY));
			const len = Math.floor((30 + rnd() * rnd() * 6 * 365) * DAY);
			const open = rnd() < 0.3;
			const e = b + len;
			const fin = rnd() < 0.15 ? '2' : rnd() < 0.05 ? '6' : '4';
			const lev = rnd() < 0.5 ? '1' : '2';
			toew++;
			// a trajectory is sometimes delivered in two pieces that follow within 0–3 days
			const pieces: Array<[number, number | null]> = [];
			if (!open && rnd() < 0.15 && len > 60 * DAY) {
				const cut = b + Math.floor(len / 2);
				pieces.push([b, cut], [cut + Math.floor(rnd() * 4) * DAY, e]);
			} else pieces.push([b, open ? null : e]);
			for (const [pb, pe] of pieces) {
				// one record per verslagjaar it runs in, with the geldigheid in that year (as CBS delivers)
				const y0 = Math.max(o.from, new Date(pb).getUTCFullYear());
				const y1 = Math.min(o.to, new Date(pe ?? end).getUTCFullYear());
				for (let y = y0; y <= y1 && rows < o.records; y++) {
					const vb = Math.max(pb, Date.UTC(y, 0, 1));
					const ve = Math.min(pe ?? Date.UTC(y, 11, 31), Date.UTC(y, 11, 31));
					const reden = pe != null && pe <= ve ? (rnd() < 0.6 ? '19' : '02') : '';
					let s = `R;${pid};${type};${gm};${v + 1};${ymd(vb)};${ymd(ve)};${ymd(pb)};${pe == null ? '' : ymd(pe)};${fin};${reden};${o.consent}`;
					if (o.toewijzing) s += `;T${toew};${lev}`;
					if (o.wijken) s += `;${buurt}`;
					line(s);
					rows++;
				}
			}
		}
	}
	return rows;
}

async function regionWijken(gemeente: string): Promise<string[]> {
	const p = 'public/data/regions.parquet';
	if (!existsSync(p)) return [];
	// The snapshot's own reader: it knows the Parquet codecs the data step writes.
	const { readRegions } = await import('../src/lib/snapshot/read');
	const buf = readFileSync(p);
	const rows = await readRegions(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength));
	return rows.filter((r) => r.level === 'wijk' && r.gemeente_code === gemeente).map((r) => r.code).sort();
}

async function main(): Promise<void> {
	const args = process.argv.slice(2);
	const arg = (k: string, d: string) => {
		const i = args.indexOf(`--${k}`);
		return i >= 0 && args[i + 1] && !args[i + 1].startsWith('--') ? args[i + 1] : d;
	};
	const gemeente = arg('gemeente', 'GM0344').toUpperCase();
	const o: GenOptions = {
		records: Number(arg('records', '10000')),
		gemeente: gemeente.startsWith('GM') ? gemeente : `GM${gemeente.padStart(4, '0')}`,
		from: Number(arg('from', '2017')),
		to: Number(arg('to', '2025')),
		wijken: args.includes('--wijken'),
		toewijzing: !args.includes('--no-toewijzing'),
		consent: arg('consent', '3'),
		seed: Number(arg('seed', '20240101'))
	};
	if (o.wijken) o.wijkCodes = await regionWijken(o.gemeente);
	const out = arg('out', '');
	const stream = out ? createWriteStream(out) : process.stdout;
	let buf: string[] = [];
	const flush = async () => {
		if (!stream.write(buf.join('\n') + '\n')) await once(stream, 'drain');
		buf = [];
	};
	const lines: string[] = [];
	const n = generate(o, (s) => lines.push(s));
	for (let i = 0; i < lines.length; i++) {
		buf.push(lines[i]);
		if (buf.length >= 50_000) await flush();
	}
	if (buf.length) await flush();
	if (out) {
		(stream as ReturnType<typeof createWriteStream>).end();
		await once(stream, 'finish');
		console.error(`SYNTHETISCH: ${n} verzonnen records (geen echte personen) voor ${o.gemeente}, ${o.from}–${o.to}${o.wijken ? `, ${o.wijkCodes?.length || 10} wijken` : ''} → ${out}`);
	}
}

/** --bench FILE: aggregate a records file in Node DuckDB and print the times (no file is written). */
export async function bench(path: string): Promise<void> {
	const { importRecords } = await import('../src/lib/local/records');
	const { nodeRunner } = await import('../src/lib/local/records/runner-node');
	const bytes = new Uint8Array(readFileSync(path));
	const runner = await nodeRunner(2);
	const t0 = performance.now();
	const res = await importRecords({ name: path.split('/').pop()!, bytes }, runner, { now: new Date('2026-01-15T00:00:00Z') });
	const t1 = performance.now();
	runner.close();
	const s = res.value?.stats;
	console.log(JSON.stringify({ ok: res.ok, records: res.value?.recordCount, rows: res.value?.clients?.length, totalMs: Math.round(t1 - t0), sqlMs: s?.millis, timings: s?.timings, rule: res.value?.ruleApplied?.rule, problems: res.problems.slice(0, 3).map((p) => p.text) }, null, 1));
}



/**
 * --bench-wasm FILE: the same aggregation on DuckDB-WASM (the browser's engine, here in Node's V8
 * through the library's blocking Node build, single-threaded like the browser bundle).
 */
export async function benchWasm(path: string): Promise<void> {
	const { wasmNodeRunner } = await import('../src/lib/local/records/runner-wasm-node');
	const runner = await wasmNodeRunner();
	const { importRecords } = await import('../src/lib/local/records');
	const bytes = new Uint8Array(readFileSync(path));
	const t0 = performance.now();
	const res = await importRecords({ name: path.split('/').pop()!, bytes }, runner, { now: new Date('2026-01-15T00:00:00Z') });
	const t1 = performance.now();
	console.log(JSON.stringify({ engine: 'duckdb-wasm', ok: res.ok, records: res.value?.recordCount, rows: res.value?.clients?.length, totalMs: Math.round(t1 - t0), sqlMs: res.value?.stats?.millis, timings: res.value?.stats?.timings, problems: res.problems.slice(0, 3).map((p) => p.text) }, null, 1));
}

/**
 * --bench-chromium FILE: the aggregation in headless Chromium (/usr/bin/chromium, playwright-core)
 * on DuckDB-WASM's browser bundle, served from a temporary folder on 127.0.0.1. Bundles a small
 * page with esbuild (installed with tsx/vite). Prints the DuckDB start-up and aggregation times.
 */
export async function benchChromium(path: string): Promise<void> {
	const { mkdtempSync, writeFileSync, copyFileSync, symlinkSync, statSync, createReadStream, rmSync } = await import('node:fs');
	const { tmpdir } = await import('node:os');
	const { join, resolve } = await import('node:path');
	const http = await import('node:http');
	const esbuild = await import('esbuild');
	const { chromium } = await import('playwright-core');
	const root = resolve('.');
	const dir = mkdtempSync(join(tmpdir(), 'wmo-bench-'));
	const dist = join(root, 'node_modules/@duckdb/duckdb-wasm/dist');
	for (const f of ['duckdb-mvp.wasm', 'duckdb-eh.wasm', 'duckdb-browser-mvp.worker.js', 'duckdb-browser-eh.worker.js']) copyFileSync(join(dist, f), join(dir, f));
	symlinkSync(resolve(path), join(dir, 'records.csv'));
	writeFileSync(
		join(dir, 'entry.ts'),
		`import * as duckdb from '@duckdb/duckdb-wasm';
import { prepareRecords, aggregatePrepared } from ${JSON.stringify(join(root, 'src/lib/local/records'))};
import { wasmRunner } from ${JSON.stringify(join(root, 'src/lib/local/records/runner-wasm'))};
(async () => {
	const o = location.origin;
	const t0 = performance.now();
	const bundle = await duckdb.selectBundle({ mvp: { mainModule: o + '/duckdb-mvp.wasm', mainWorker: o + '/duckdb-browser-mvp.worker.js' }, eh: { mainModule: o + '/duckdb-eh.wasm', mainWorker: o + '/duckdb-browser-eh.worker.js' } });
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), new Worker(bundle.mainWorker));
	await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
	await db.open({ query: { castBigIntToDouble: true } });
	const conn = await db.connect();
	await conn.query('SET autoinstall_known_extensions = false; SET autoload_known_extensions = false;');
	const t1 = performance.now();
	const bytes = new Uint8Array(await (await fetch('/records.csv')).arrayBuffer());
	const t2 = performance.now();
	const prep = await prepareRecords({ name: 'records.csv', bytes });
	const tj = performance.now();
	if (!prep.value) throw new Error(prep.problems.map((p) => p.text).join(' '));
	const value = await aggregatePrepared(prep.value, wasmRunner(db, conn), { now: new Date('2026-01-15T00:00:00Z') });
	const res = { ok: prep.ok, value };
	const t3 = performance.now();
	window.result = { engine: 'duckdb-wasm in chromium', ok: res.ok, records: res.value?.recordCount, rows: res.value?.clients?.length, duckdbStartMs: Math.round(t1 - t0), aggregateMs: Math.round(t3 - t2), jsMs: Math.round(tj - t2), sqlMs: res.value?.stats?.millis, timings: res.value?.stats?.timings, bundle: bundle.mainModule.split('/').pop() };
})().catch((e) => (window.result = { error: String(e) }));
`
	);
	await esbuild.build({
		entryPoints: [join(dir, 'entry.ts')],
		bundle: true,
		format: 'esm',
		platform: 'browser',
		outfile: join(dir, 'app.js'),
		logLevel: 'error',
		alias: { exceljs: join(root, 'node_modules/exceljs/dist/exceljs.min.js'), '@duckdb/duckdb-wasm': join(dist, 'duckdb-browser.mjs') }
	});
	writeFileSync(join(dir, 'index.html'), '<!doctype html><html><head><link rel="icon" href="data:,"></head><body><script type="module" src="/app.js"></script></body></html>');
	const types: Record<string, string> = { '.js': 'text/javascript', '.wasm': 'application/wasm', '.html': 'text/html', '.csv': 'text/csv' };
	const server = http.createServer((req, res) => {
		const p = join(dir, req.url === '/' ? 'index.html' : (req.url ?? '').split('?')[0].replace(/^\/+/, '').replace(/\.\./g, ''));
		try {
			statSync(p);
		} catch {
			res.writeHead(404);
			res.end();
			return;
		}
		res.writeHead(200, { 'content-type': types[p.slice(p.lastIndexOf('.'))] ?? 'application/octet-stream' });
		createReadStream(p).pipe(res);
	});
	await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
	const port = (server.address() as { port: number }).port;
	const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
	try {
		const page = await browser.newPage();
		await page.goto(`http://127.0.0.1:${port}/`);
		await page.waitForFunction(() => (window as unknown as { result?: unknown }).result, null, { timeout: 600_000, polling: 1000 });
		console.log(JSON.stringify(await page.evaluate(() => (window as unknown as { result?: unknown }).result), null, 1));
	} finally {
		await browser.close();
		server.close();
		rmSync(dir, { recursive: true, force: true });
	}
}

if (process.argv[1] && /gen-wmobus\.ts$/.test(process.argv[1])) {
	const i = process.argv.indexOf('--bench');
	const j = process.argv.indexOf('--bench-wasm');
	const k = process.argv.indexOf('--bench-chromium');
	if (k >= 0) await benchChromium(process.argv[k + 1]);
	else if (j >= 0) await benchWasm(process.argv[j + 1]);
	else if (i >= 0) await bench(process.argv[i + 1]);
	else await main();
}
