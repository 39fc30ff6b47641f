// Starts the forecast worker (browser only, from onMount) and wraps it with comlink. A worker that
// fails to start (script error, CSP) would leave comlink waiting forever, so its error event
// rejects `failed` with a Dutch message instead.
import * as Comlink from 'comlink';
import type { ForecastApi } from '$lib/view/forecastApi';

export interface ForecastWorker {
	api: Comlink.Remote<ForecastApi>;
	worker: Worker;
	failed: Promise<never>;
}

export function startForecastWorker(): ForecastWorker {
	const worker = new Worker(new URL('../../../workers/forecast.worker.ts', import.meta.url), {
		type: 'module',
		name: 'prognose'
	});
	const failed = new Promise<never>((_, reject) => {
		worker.addEventListener('error', (e) => {
			console.error('rekenmodel:', e.message);
			reject(new Error('Het rekenmodel kon niet starten in deze browser. Laad de pagina opnieuw of gebruik een recente browser.'));
		});
	});
	failed.catch(() => {}); // only observed when raced
	return { api: Comlink.wrap<ForecastApi>(worker), worker, failed };
}

/** Race a worker call against the worker failing to start. */
export function guarded<T>(w: ForecastWorker, call: Promise<T>): Promise<T> {
	return Promise.race([call, w.failed]);
}
