// npx tsx tests/e2e/bench/profile-redraw.ts [gemeente…] — where a redraw's time goes. The built
// site on a warm visit, CPU 4× slower (page and workers) as in bench-web.ts; then, per gemeente
// change, a CPU profile of the main thread (self time per function) and the page's own measures
// (change-data, change-dom, change-rendered). A tool for finding costs, not a benchmark: the
// profiler itself adds some overhead, so compare its totals only with each other.
import type { CDPSession } from 'playwright-core';
import { readdirSync, readFileSync } from 'node:fs';
import { launchChromium } from '../browser';
import { rendererMemory } from './memory';
import { serveStatic } from '../serve';
import { renderSeq, waitForRender } from '../page-helpers';

const CPU_RATE = Number(process.env.CPU_RATE ?? 4);
const given = process.argv.slice(2).length ? process.argv.slice(2) : ['Utrecht', 'Groningen', 'Zwolle'];
// REPEAT=n: each gemeente n times (the machine is noisy; the summary gives medians per measure).
const names = Array.from({ length: Number(process.env.REPEAT ?? 1) }, () => given).flat();
const summary = new Map<string, number[]>();

interface Node { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
interface Profile { nodes: Node[]; samples: number[]; timeDeltas: number[] }

const sources = new Map<string, string[]>();
/** The top-level function (a component, in an unminified build) around a line of a built chunk. */
function enclosing(url: string, line: number): string {
	const path = (process.env.BUILD_DIR ?? 'build') + new URL(url).pathname;
	let lines = sources.get(path);
	if (!lines) {
		try {
			lines = readFileSync(path, 'utf8').split('\n');
		} catch {
			lines = [];
		}
		sources.set(path, lines);
	}
	for (let i = Math.min(line, lines.length - 1); i >= 0; i--) {
		const m = /^(?:export )?(?:async )?function\*? ?([\w$]+)/.exec(lines[i]);
		if (m) return `${m[1]} ${path.replace(/^.*\//, '')}`;
	}
	return url.replace(/^.*\//, '');
}

function selfTimes(p: Profile, top = 25): string[] {
	const runtime = process.env.RUNTIME_CHUNK ?? '';
	const byId = new Map(p.nodes.map((n) => [n.id, n]));
	const parent = new Map<number, number>();
	for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
	const keyOf = (n: Node) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.replace(/^.*\//, '')}:${n.callFrame.lineNumber + 1}`;
	const self = new Map<string, number>();
	const incl = new Map<string, number>();
	p.samples.forEach((id, i) => {
		const dt = (p.timeDeltas[i + 1] ?? 0) / 1000;
		const key = keyOf(byId.get(id)!);
		self.set(key, (self.get(key) ?? 0) + dt);
		const seen = new Set<string>();
		for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
			const k = keyOf(byId.get(n)!);
			if (!seen.has(k)) (seen.add(k), incl.set(k, (incl.get(k) ?? 0) + dt));
		}
	});
	const total = [...self.values()].reduce((a, b) => a + b, 0);
	const list = (m: Map<string, number>) => [...m.entries()].filter(([k]) => !/^\((root|program|idle)\)/.test(k)).sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, v]) => `${v.toFixed(1).padStart(7)} ms  ${k}`);
	// Inclusive time of the app's own functions (components are named functions in an unminified
	// build): not the Svelte runtime chunk, not Playwright's injected script (no URL).
	const own = new Map([...incl].filter(([k]) => / \S+\.js:/.test(k) && !(runtime && k.includes(runtime))));
	// Per component: each sample goes to the innermost frame of the app's own chunks (not the Svelte
	// runtime chunk), named after the top-level function around it in an unminified build.
	const comp = new Map<string, number>();
	p.samples.forEach((id, i) => {
		const dt = (p.timeDeltas[i + 1] ?? 0) / 1000;
		let name = '(no app frame)';
		for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
			const f = byId.get(n)!.callFrame;
			if (!f.url.includes('/_app/') || (runtime && f.url.includes(runtime))) continue;
			name = enclosing(f.url, f.lineNumber);
			break;
		}
		comp.set(name, (comp.get(name) ?? 0) + dt);
	});
	return [`total sampled ${total.toFixed(0)} ms`, 'by component (innermost app frame):', ...[...comp].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${v.toFixed(1).padStart(7)} ms  ${k}`), 'self:', ...list(self), 'inclusive:', ...list(incl), 'inclusive, app code:', ...list(own).slice(0, 40)];
}

const TRACE = !!process.env.TRACE;
const PLAIN = !!process.env.PLAIN;

async function startTrace(cdp: CDPSession) {
	await cdp.send('Tracing.start', {
		traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing'] },
		transferMode: 'ReportEvents'
	} as any);
}

/** Time per event name on each thread of the renderer, counting only the top-level events of a thread. */
async function stopTrace(cdp: CDPSession): Promise<string[]> {
	const events: any[] = [];
	const onData = (e: any) => events.push(...e.value);
	cdp.on('Tracing.dataCollected', onData);
	const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
	await cdp.send('Tracing.end');
	await done;
	cdp.off('Tracing.dataCollected', onData);
	const threadName = new Map<string, string>();
	for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') threadName.set(`${e.pid}:${e.tid}`, e.args.name);
	// Times from the map's new data (the mark 'map-setdata', a few ms after the click), else the trace start.
	const setData = events.find((e) => e.name === 'map-setdata');
	const start = setData?.ts ?? Math.min(...events.filter((e) => e.ts > 0).map((e) => e.ts));
	const marks = events.filter((e) => e.cat?.includes('user_timing') && /^(map-|change-)/.test(e.name) && e.ts >= start).map((e) => `${e.name}@${((e.ts - start) / 1000).toFixed(0)}`);
	const per = new Map<string, Map<string, number>>();
	// Top level: complete events not inside another complete event of the same thread.
	const byThread = new Map<string, any[]>();
	for (const e of events) if (e.ph === 'X' && e.dur) (byThread.get(`${e.pid}:${e.tid}`) ?? byThread.set(`${e.pid}:${e.tid}`, []).get(`${e.pid}:${e.tid}`)!).push(e);
	const out: string[] = [];
	for (const [t, list] of byThread) {
		list.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
		const m = new Map<string, number>();
		let end = -1;
		const nested = new Map<string, number>();
		for (const e of list) {
			if (e.ts >= end) {
				m.set(e.name, (m.get(e.name) ?? 0) + e.dur / 1000);
				end = e.ts + e.dur;
			} else if (/Layout|UpdateLayoutTree|Paint|PrePaint|Layerize|ParseHTML|RunMicrotasks|FunctionCall|V8.GC|MinorGC|MajorGC|HitTest|Commit/.test(e.name)) {
				nested.set(e.name, (nested.get(e.name) ?? 0) + e.dur / 1000);
			}
		}
		const total = [...m.values()].reduce((a, b) => a + b, 0);
		if (total < 5) continue;
		per.set(t, m);
		out.push(`thread ${threadName.get(t) ?? t}: ${total.toFixed(0)} ms busy`);
		for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, 8)) out.push(`    ${v.toFixed(1).padStart(7)} ms  ${k}`);
		const inner = [...nested].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([k, v]) => `${k} ${v.toFixed(0)}`);
		if (inner.length) out.push(`    nested: ${inner.join(', ')}`);
	}
	// Each busy thread's tasks over 3 ms in order (ms from the trace start), to see the critical path.
	for (const [t, list] of byThread) {
		if (!per.has(t)) continue;
		let end = -1;
		const tasks: string[] = [];
		for (const e of list) {
			if (e.ts < end) continue;
			end = e.ts + e.dur;
			if (e.dur > 3000) tasks.push(`${((e.ts - start) / 1000).toFixed(0)}+${(e.dur / 1000).toFixed(0)}`);
		}
		if (tasks.length) out.push(`tasks > 3 ms on ${threadName.get(t) ?? t}: ${tasks.join(' ')}`);
	}
	// What the main thread's long tasks consist of: time per event name inside each (nested events
	// overlap their parents, so the figures do not add up).
	const main = [...byThread].find(([t]) => threadName.get(t) === 'CrRendererMain')?.[1] ?? [];
	out.push(`marks (ms from map-setdata): ${[...new Set(marks)].join(' ')}`);
	for (const task of main.filter((e) => e.dur > Number(process.env.TASK_MS ?? 40) * 1000 && e.name === 'RunTask')) {
		const inside = new Map<string, number>();
		for (const e of main) {
			if (e === task || e.ts < task.ts || e.ts + e.dur > task.ts + task.dur) continue;
			const name = e.name === 'FunctionCall' || e.name === 'TimerFire' || e.name === 'FireAnimationFrame' || e.name === 'EventDispatch' ? `${e.name}(${e.args?.data?.functionName || e.args?.data?.type || ''})` : e.name;
			inside.set(name, (inside.get(name) ?? 0) + e.dur / 1000);
		}
		const top = [...inside].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([k, v]) => `${k} ${v.toFixed(0)}`);
		out.push(`  task ${((task.ts - start) / 1000).toFixed(0)}+${(task.dur / 1000).toFixed(0)}: ${top.join(', ')}`);
	}
	return out;
}

/** CPU time (ms) per thread name of a process, from /proc schedstat: the work done, whatever the load. */
function cpuByThread(pid: number): Map<string, number> {
	const out = new Map<string, number>();
	for (const t of readdirSync(`/proc/${pid}/task`)) {
		try {
			const name = readFileSync(`/proc/${pid}/task/${t}/comm`, 'utf8').trim();
			const ns = Number(readFileSync(`/proc/${pid}/task/${t}/schedstat`, 'utf8').split(' ')[0]);
			out.set(name, (out.get(name) ?? 0) + ns / 1e6);
		} catch {
			/* thread ended */
		}
	}
	return out;
}

function cpuDiff(a: Map<string, number>, b: Map<string, number>): string {
	const d = [...b].map(([k, v]) => [k, v - (a.get(k) ?? 0)] as const).filter(([, v]) => v > 1).sort((x, y) => y[1] - x[1]);
	const total = d.reduce((s, [, v]) => s + v, 0);
	return `cpu ${total.toFixed(0)} ms: ${d.map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ')}`;
}

async function main() {
	const server = await serveStatic(process.env.BUILD_DIR ?? 'build');
	const browser = await launchChromium();
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'nl-NL' });
	const open = async () => {
		const page = await context.newPage();
		const cdp: CDPSession = await context.newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_RATE });
		cdp.on('Target.attachedToTarget', (e: any) => {
			const send = (id: number, method: string, params: object) =>
				cdp.send('Target.sendMessageToTarget', { sessionId: e.sessionId, message: JSON.stringify({ id, method, params }) }).catch(() => {});
			if (e.targetInfo.type === 'worker') {
				send(1, 'Emulation.setCPUThrottlingRate', { rate: CPU_RATE });
				send(2, 'Runtime.runIfWaitingForDebugger', {});
			}
		});
		await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: false });
		await page.goto(server.url, { waitUntil: 'commit' });
		await page.waitForFunction(() => document.documentElement.hasAttribute('data-map-ready'), undefined, { timeout: 120_000 });
		return { page, cdp };
	};
	const first = await open();
	await first.page.waitForFunction(() => document.documentElement.hasAttribute('data-backtest-ready'), undefined, { timeout: 180_000 }).catch(() => {});
	await first.page.close();
	const { page, cdp } = await open(); // warm, as the benchmark's redraws are
	await page.waitForFunction(() => document.documentElement.hasAttribute('data-backtest-ready'), undefined, { timeout: 180_000 }).catch(() => {});
	await cdp.send('Profiler.enable');
	await cdp.send('Profiler.setSamplingInterval', { interval: Number(process.env.INTERVAL ?? 500) });
	for (const name of names) {
		const before = await renderSeq(page);
		const pid = (await rendererMemory(browser))?.pid;
		await page.evaluate(() => (performance.clearMeasures(), performance.clearMarks()));
		// As chooseGemeente, with the profiler started just before the click (not while Playwright's
		// own selector engine searches the page).
		const box = page.getByRole('combobox', { name: 'Gemeente' });
		await box.click();
		await box.fill(name);
		const option = page.getByRole('option', { name: new RegExp(`^${name}\\b`) }).first();
		await option.hover();
		const cpu0 = pid ? cpuByThread(pid) : null;
		if (TRACE) await startTrace(cdp);
		else if (!PLAIN) await cdp.send('Profiler.start');
		await option.click();
		await waitForRender(page, before, 60_000);
		const cpu = pid && cpu0 ? cpuDiff(cpu0, cpuByThread(pid)) : '';
		if (TRACE) {
			for (const line of await stopTrace(cdp)) console.log('  ' + line);
			continue;
		}
		const profile = PLAIN ? null : ((await cdp.send('Profiler.stop')) as unknown as { profile: Profile }).profile;
		const ms = await page.evaluate(() => document.documentElement.getAttribute('data-render-ms'));
		const measures = await page.evaluate(() => {
			const start = performance.getEntriesByName('change-rendered').at(-1)?.startTime ?? 0;
			return performance
				.getEntries()
				.filter((e) => (e.entryType === 'measure' || e.entryType === 'mark') && e.startTime >= start - 1)
				.map((e) => `${e.name}@${Math.round(e.startTime - start)}${e.duration ? '+' + Math.round(e.duration) : ''}`);
		});
		const seen = new Set<string>(); // a repeated mark (a frame) counts with its first time
		for (const m of measures) {
			const [, k, at, dur] = /^([\w-]+)@(-?\d+)(?:\+(\d+))?$/.exec(m) ?? [];
			if (k && !seen.has(k) && seen.add(k)) (summary.get(k) ?? summary.set(k, []).get(k)!).push(Number(dur ?? at));
		}
		console.log(`\n== ${name}: data-render-ms ${ms}, renderer ${cpu}\n  timeline (ms from the change): ${measures.join(', ')}`);
		if (profile) for (const line of selfTimes(profile)) console.log('  ' + line);
		if (process.env.FROM_COUNTRY) {
			// Back to the country view, so each change measured is country → gemeente as in the benchmark.
			const b = await renderSeq(page);
			await page.goBack();
			await waitForRender(page, b, 60_000);
		}
	}
	const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
	console.log('\nmedians (ms from the change; n):');
	for (const [k, xs] of summary) console.log(`  ${k.padEnd(20)} ${String(med(xs)).padStart(5)}  (${xs.length}: ${xs.join(' ')})`);
	await browser.close();
	await server.close();
}

main().catch((e) => {
	console.error(e);
	process.exit(1);
});
