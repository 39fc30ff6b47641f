// Resolving a region cell: a 2024 code (GM0344, WK034401, 0344, 034401) or a name that matches one
// region of the given list unambiguously (within the chosen gemeente when there is one).
import { nameKey, normGemeente, normWijk } from './decode/values';
import type { Level } from '../snapshot/schema';
import type { LocalRegion } from './types';
import { gemeenteOf } from '../snapshot/codes';

export type RegionLookup = { ok: true; code: string; level: Level; gemeente: string } | { ok: false; reason: 'onbekend' | 'dubbelzinnig'; candidates: string[] };

export class RegionIndex {
	private byCode = new Map<string, LocalRegion>();
	private byName = new Map<string, LocalRegion[]>();
	constructor(readonly regions: LocalRegion[]) {
		for (const r of regions) {
			this.byCode.set(r.code, r);
			const k = nameKey(r.name);
			const list = this.byName.get(k) ?? [];
			list.push(r);
			this.byName.set(k, list);
		}
	}
	get size(): number {
		return this.regions.length;
	}
	has(code: string): boolean {
		return this.byCode.has(code);
	}
	get(code: string): LocalRegion | undefined {
		return this.byCode.get(code);
	}
	/** `gemeente` narrows name matches to that gemeente and its wijken. */
	lookup(raw: string, gemeente?: string): RegionLookup {
		const s = raw.trim();
		const gm = /^(GM)?\d{1,4}$/i.test(s) ? normGemeente(s) : null;
		const wk = !gm ? normWijk(s) : null;
		const code = gm ?? wk;
		if (code) {
			const level: Level = gm ? 'gemeente' : 'wijk';
			const known = this.byCode.get(code);
			if (this.regions.length && !known) return { ok: false, reason: 'onbekend', candidates: [] };
			return { ok: true, code, level, gemeente: known?.gemeente_code ?? gemeenteOf(code) };
		}
		let list = this.byName.get(nameKey(s)) ?? [];
		if (gemeente && list.length > 1) {
			const narrowed = list.filter((r) => r.gemeente_code === gemeente);
			if (narrowed.length) list = narrowed;
		}
		// a gemeente and a wijk with the same name: the gemeente is meant
		if (list.length > 1) {
			const gms = list.filter((r) => r.level === 'gemeente');
			if (gms.length === 1) list = gms;
		}
		if (list.length === 1) return { ok: true, code: list[0].code, level: list[0].level, gemeente: list[0].gemeente_code };
		if (list.length === 0) return { ok: false, reason: 'onbekend', candidates: [] };
		return { ok: false, reason: 'dubbelzinnig', candidates: list.slice(0, 5).map((r) => `${r.code} (${r.name})`) };
	}
}
