// Runs prepareRecords in a Web Worker when the browser has one, otherwise in this thread.
import { prepareRecords, type PreparedRecords } from '../records';
import type { Result } from '../types';

export async function prepareInWorker(file: { name: string; bytes: Uint8Array }, gemeente?: string): Promise<Result<PreparedRecords>> {
	if (typeof Worker === 'undefined') return prepareRecords(file, { gemeente });
	const worker = new Worker(new URL('./prepare.worker.ts', import.meta.url), { type: 'module' });
	try {
		return await new Promise<Result<PreparedRecords>>((resolve, reject) => {
			worker.onmessage = (e: MessageEvent<{ ok: boolean; res?: Result<PreparedRecords>; error?: string }>) => (e.data.ok ? resolve(e.data.res!) : reject(new Error(e.data.error)));
			worker.onerror = (e) => reject(new Error(e.message));
			worker.postMessage({ name: file.name, bytes: file.bytes, gemeente }, [file.bytes.buffer]);
		});
	} finally {
		worker.terminate();
	}
}
