// Decodes each snapshot table as soon as it arrives, so the small tables are decoded while the
// large one is still downloading; `all()` then yields the same tables loadSnapshotTables would.
import { readClients, readIndicators, readPopulation, readRegions, type SnapshotBuffers } from '../src/lib/snapshot/read';
import type { SnapshotTables } from '../src/lib/snapshot/schema';

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

	constructor() {
		for (const name of TABLE_NAMES) this.arrived.set(name, new Promise((r) => this.waiting.set(name, r)));
	}

	add(name: TableName, buffer: ArrayBuffer): void {
		this.firstAt ??= performance.now();
		this.buffers[name] = buffer;
		const p = (DECODERS[name] as (b: ArrayBuffer) => Promise<unknown>)(buffer);
		p.catch(() => {}); // surfaced by all()
		(this.decoded as Record<string, Promise<unknown>>)[name] = p;
		this.waiting.get(name)!();
	}

	async all(): Promise<{ tables: SnapshotTables; buffers: SnapshotBuffers }> {
		await Promise.all(this.arrived.values());
		const [regions, clients, population, indicators] = await Promise.all([
			this.decoded.regions!,
			this.decoded.clients!,
			this.decoded.population!,
			this.decoded.indicators!
		]);
		return { tables: { regions, clients, population, indicators }, buffers: this.buffers as SnapshotBuffers };
	}
}
