// Starts the forecast worker (browser only, from onMount) and wraps it with comlink.
import * as Comlink from 'comlink';
import type { ForecastApi } from '../../../workers/forecast-api';

export function startForecastWorker(): { api: Comlink.Remote<ForecastApi>; worker: Worker } {
	const worker = new Worker(new URL('../../../workers/forecast.worker.ts', import.meta.url), {
		type: 'module',
		name: 'prognose'
	});
	return { api: Comlink.wrap<ForecastApi>(worker), worker };
}
