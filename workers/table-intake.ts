// Decodes each snapshot table as soon as it arrives, so the small tables are decoded while the
// large one is still downloading; `all()` then yields the same tables loadSnapshotTables would.
// The raw buffers are kept only until the fit cache's hash of them has started: decoded, they are
// not needed again.
import { readClients, readIndicators, readPopulation, readRegions, type SnapshotBuffers } from '../src/lib/snapshot/read';
import type { SnapshotTables } from '../src/lib/snapshot/schema';
import { dataHash } from './fit-cache';

export type TableName = keyof SnapshotBuffers;
export const TABLE_NAMES: TableName[] = ['regions', 'clients', 'population', 'indicators'];

const DECODERS: { [K in TableName]: (b: ArrayBuffer) => Promise<SnapshotTables[K]> } = {
	regions: readRegions,
	clients: readClients,
	population: readPopulation,
	indicators: readIndicators
};

export class TableIntake {
	private buffers: Partial<SnapshotBuffers> = {};
	private decoded: Partial<{ [K in TableName]: Promise<SnapshotTables[K]> }> = {};
	private waiting = new Map<TableName, () => void>();
	private arrived = new Map<TableName, Promise<void>>();
	firstAt: number | null = null;
	/** SHA-256 of the four buffers, the fit cache's key (started once all have arrived). */
	readonly hash: Promise<string>;

	constructor() {
		for (const name of TABLE_NAMES) this.arrived.set(name, new Promise((r) => this.waiting.set(name, r)));
		this.hash = Promise.all(this.arrived.values()).then(() => {
			const h = dataHash(this.buffers as SnapshotBuffers);
			this.buffers = {};
			return h;
		});
		this.hash.catch(() => {}); // surfaced where the cache reads it (and then ignored: caching is optional)
	}

	add(name: TableName, buffer: ArrayBuffer): void {
		this.firstAt ??= performance.now();
		this.buffers[name] = buffer;
		const p = (DECODERS[name] as (b: ArrayBuffer) => Promise<unknown>)(buffer);
		p.catch(() => {}); // surfaced by all()
		(this.decoded as Record<string, Promise<unknown>>)[name] = p;
		this.waiting.get(name)!();
	}

	async all(): Promise<SnapshotTables> {
		await Promise.all(this.arrived.values());
		const [regions, clients, population, indicators] = await Promise.all([
			this.decoded.regions!,
			this.decoded.clients!,
			this.decoded.population!,
			this.decoded.indicators!
		]);
		return { regions, clients, population, indicators };
	}
}
