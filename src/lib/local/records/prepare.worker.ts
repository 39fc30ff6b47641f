// Web Worker: decode and check a records file off the main thread, so the page stays responsive.
// The file's bytes come in (transferred), plain normalised data goes back; nothing leaves the page.
import { prepareRecords } from '../records';

self.onmessage = async (e: MessageEvent<{ name: string; bytes: Uint8Array; gemeente?: string }>) => {
	try {
		const res = await prepareRecords({ name: e.data.name, bytes: e.data.bytes }, { gemeente: e.data.gemeente });
		// the normalised CSV is transferred, not copied
		self.postMessage({ ok: true, res }, { transfer: res.value ? [res.value.records.csv.buffer] : [] });
	} catch (err) {
		self.postMessage({ ok: false, error: (err as Error).message });
	}
};
