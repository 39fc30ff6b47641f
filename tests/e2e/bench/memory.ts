// Memory of the tab, for the benchmark: the JS heap of the page and of each of its workers
// (CDP Runtime.getHeapUsage) and the resident memory of the renderer process.
//
// Workers: the bench attaches to them with non-flat auto-attach, so a command to a worker goes
// through Target.sendMessageToTarget and its reply comes back as Target.receivedMessageFromTarget;
// WorkerSessions pairs the two by message id.
//
// Renderer: CDP has no per-tab process memory, so the renderer's pid comes from the browser-level
// SystemInfo.getProcessInfo (type "renderer"), and its memory from /proc/<pid>/status (VmRSS) and
// /proc/<pid>/smaps_rollup (Pss, which splits shared pages fairly). The app's renderer is the one
// whose threads include its dedicated workers ("DedicatedWorker" thread names); when no renderer
// has such threads, the one with the most CPU time is taken (the only busy page).
import type { Browser, CDPSession } from 'playwright-core';
import { readFileSync, readdirSync } from 'node:fs';

export interface WorkerTarget {
	sessionId: string;
	url: string;
	title: string;
}

export class WorkerSessions {
	readonly workers = new Map<string, WorkerTarget>();
	private nextId = 1000;
	private pending = new Map<string, { resolve: (v: any) => void; reject: (e: Error) => void }>();

	constructor(private readonly cdp: CDPSession) {
		cdp.on('Target.attachedToTarget', (e: any) => {
			if (e.targetInfo.type === 'worker') this.workers.set(e.sessionId, { sessionId: e.sessionId, url: e.targetInfo.url, title: e.targetInfo.title });
		});
		cdp.on('Target.detachedFromTarget', (e: any) => this.workers.delete(e.sessionId));
		cdp.on('Target.receivedMessageFromTarget', (e: any) => {
			let msg: any;
			try {
				msg = JSON.parse(e.message);
			} catch {
				return;
			}
			if (typeof msg.id !== 'number') return;
			const key = `${e.sessionId}:${msg.id}`;
			const p = this.pending.get(key);
			if (!p) return;
			this.pending.delete(key);
			if (msg.error) p.reject(new Error(msg.error.message));
			else p.resolve(msg.result);
		});
	}

	/** Send one CDP command to a worker and wait for its reply. */
	call<T = any>(sessionId: string, method: string, params: object = {}, timeoutMs = 10_000): Promise<T> {
		const id = this.nextId++;
		const key = `${sessionId}:${id}`;
		return new Promise<T>((resolve, reject) => {
			const timer = setTimeout(() => {
				this.pending.delete(key);
				reject(new Error(`${method} timed out`));
			}, timeoutMs);
			this.pending.set(key, {
				resolve: (v) => (clearTimeout(timer), resolve(v)),
				reject: (e) => (clearTimeout(timer), reject(e))
			});
			this.cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) }).catch((e) => {
				clearTimeout(timer);
				this.pending.delete(key);
				reject(e);
			});
		});
	}
}

export interface Heap {
	name: string;
	usedMB: number;
	totalMB: number;
}

export interface ProcessMemory {
	pid: number;
	rssMB: number;
	pssMB: number | null;
	/** How the renderer was identified. */
	how: 'worker threads' | 'cpu time';
}

export interface MemorySnapshot {
	heaps: Heap[];
	/** Sum of the JS heaps (used). */
	heapUsedMB: number;
	renderer: ProcessMemory | null;
}

const mb = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;

/** Name a worker by its script: "forecast.worker-abc.js" → "forecast.worker"; blob URLs keep their title. */
function workerName(w: WorkerTarget): string {
	const file = w.url.split(/[?#]/)[0].split('/').pop() ?? '';
	const base = file.replace(/\.(m?js)$/, '').replace(/[.-][A-Za-z0-9_-]{8}$/, '');
	if (/duckdb/i.test(w.url)) return `worker duckdb (${base})`;
	return `worker ${base || w.title || w.sessionId.slice(0, 6)}`;
}

export async function heapUsage(cdp: CDPSession, workers: WorkerSessions): Promise<Heap[]> {
	const out: Heap[] = [];
	const page = await cdp.send('Runtime.getHeapUsage');
	out.push({ name: 'page', usedMB: mb(page.usedSize), totalMB: mb(page.totalSize) });
	for (const w of workers.workers.values()) {
		try {
			const h = await workers.call<{ usedSize: number; totalSize: number }>(w.sessionId, 'Runtime.getHeapUsage');
			out.push({ name: workerName(w), usedMB: mb(h.usedSize), totalMB: mb(h.totalSize) });
		} catch (e) {
			out.push({ name: `${workerName(w)} (no reply: ${(e as Error).message})`, usedMB: NaN, totalMB: NaN });
		}
	}
	return out;
}

function statusKb(pid: number, field: string, file = 'status'): number | null {
	try {
		const m = readFileSync(`/proc/${pid}/${file}`, 'utf8').match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'));
		return m ? Number(m[1]) : null;
	} catch {
		return null;
	}
}

function workerThreads(pid: number): number {
	try {
		return readdirSync(`/proc/${pid}/task`).filter((t) => {
			try {
				return readFileSync(`/proc/${pid}/task/${t}/comm`, 'utf8').startsWith('DedicatedWorker');
			} catch {
				return false;
			}
		}).length;
	} catch {
		return 0;
	}
}

/** The app's renderer process and its resident memory; null where /proc is not readable. */
export async function rendererMemory(browser: Browser): Promise<ProcessMemory | null> {
	const session = await browser.newBrowserCDPSession();
	try {
		const info = (await session.send('SystemInfo.getProcessInfo')) as { processInfo: Array<{ type: string; id: number; cpuTime: number }> };
		const renderers = info.processInfo.filter((p) => p.type === 'renderer');
		if (!renderers.length) return null;
		const ranked = renderers
			.map((p) => ({ ...p, workers: workerThreads(p.id) }))
			.sort((a, b) => b.workers - a.workers || b.cpuTime - a.cpuTime);
		const pick = ranked[0];
		const rss = statusKb(pick.id, 'VmRSS');
		if (rss === null) return null;
		const pss = statusKb(pick.id, 'Pss', 'smaps_rollup');
		return { pid: pick.id, rssMB: mb(rss * 1024), pssMB: pss === null ? null : mb(pss * 1024), how: pick.workers > 0 ? 'worker threads' : 'cpu time' };
	} catch {
		return null;
	} finally {
		await session.detach().catch(() => {});
	}
}

export async function memorySnapshot(browser: Browser, cdp: CDPSession, workers: WorkerSessions): Promise<MemorySnapshot> {
	const heaps = await heapUsage(cdp, workers);
	return {
		heaps,
		heapUsedMB: Math.round(heaps.reduce((a, h) => a + (Number.isFinite(h.usedMB) ? h.usedMB : 0), 0) * 10) / 10,
		renderer: await rendererMemory(browser)
	};
}
