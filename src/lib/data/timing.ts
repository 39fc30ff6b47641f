// Timing instrumentation, in one place: the signals on <html> that the tests and the speed
// benchmark wait on, and the performance marks behind its timeline (they cost nothing otherwise).
//   data-forecast-ready  the first forecast is on screen
//   data-map-ready       the map drew its first polygons
//   data-backtest-ready  the backtest for the transparency panel is in (background)
//   data-render-seq / data-render-ms  count and duration of completed redraws after a user change
const html = () => document.documentElement;

export function signal(name: 'forecast-ready' | 'map-ready' | 'backtest-ready', value = ''): void {
	html().setAttribute(`data-${name}`, value);
	performance.mark(name);
}

export function mark(name: string): void {
	performance.mark(name);
}

/** A measure from `start` (a performance.now() value) to now. */
export function measure(name: string, start: number): void {
	performance.measure(name, { start });
}

let seq = 0;
const afterRenderQueue = new Set<() => void>();
export function renderDone(startedAt: number): void {
	seq += 1;
	performance.measure('change-rendered', { start: startedAt });
	html().setAttribute('data-render-ms', (performance.now() - startedAt).toFixed(1));
	html().setAttribute('data-render-seq', String(seq));
	for (const fn of [...afterRenderQueue]) (afterRenderQueue.delete(fn), fn());
}

/** Run `fn` once the redraw under way has finished (see renderDone); returns a cancel function. */
export function afterRender(fn: () => void): () => void {
	afterRenderQueue.add(fn);
	return () => afterRenderQueue.delete(fn);
}

/** Resolves after the browser painted the current DOM (two frames: layout, then paint). */
export function afterPaint(): Promise<void> {
	return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

/** Run work when the main thread is idle, so background loading never delays what is on screen. */
export function whenIdle(fn: () => void, timeout = 2000): void {
	if ('requestIdleCallback' in window) window.requestIdleCallback(fn, { timeout });
	else setTimeout(fn, 200);
}

/**
 * A signal one part of the page gives another: armed before the work starts, given once it is done,
 * awaited with a cap (so a part that never answers, e.g. a map not loaded yet, delays nothing long).
 */
export class Handoff {
	#given = true;
	#waiting: Array<() => void> = [];
	arm(): void {
		this.#given = false;
	}
	give(): void {
		this.#given = true;
		for (const resolve of this.#waiting.splice(0)) resolve();
	}
	wait(capMs: number): Promise<void> {
		if (this.#given) return Promise.resolve();
		return new Promise((resolve) => {
			this.#waiting.push(resolve);
			setTimeout(resolve, capMs);
		});
	}
}
