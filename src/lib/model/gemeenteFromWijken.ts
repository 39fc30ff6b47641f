// A gemeente without a recent count of its own (not delivered, or lost in a boundary conversion)
// whose wijken have forecasts gets the sum of its wijken as its forecast. CBS's wijk figures miss
// clients without a known wijk (about 4%), so such a forecast is marked and never called reliable.
import { MIN_CLIENTS } from '../snapshot/reliability';
import type { Panel } from './panel';
import type { CategoryForecastArrays, UnitBase } from './shareForecast';

export interface LevelForecast {
	base: UnitBase;
	fc: CategoryForecastArrays;
	/** 1 where the gemeente forecast is the sum of its wijken. */
	fromWijken?: Uint8Array;
}

export function gemeenteFromWijken(panel: Panel, runs: Map<string, LevelForecast>, gemeentePop: Float64Array): void {
	const { wijk, gemeente } = panel;
	for (const cat of wijk.categories) {
		const w = runs.get(`wijk|${cat}`);
		const g = runs.get(`gemeente|${cat}`);
		if (!w || !g) continue;
		const H = g.fc.horizon;
		const members = new Map<number, number[]>();
		for (let i = 0; i < wijk.codes.length; i++) {
			if (!(w.fc.model[i * w.fc.horizon] >= 0)) continue;
			const gi = gemeente.index.get(wijk.gemeente[i]);
			if (gi === undefined || g.base.count[gi] >= MIN_CLIENTS) continue;
			const list = members.get(gi);
			if (list) list.push(i);
			else members.set(gi, [i]);
		}
		if (!members.size) continue;
		g.fromWijken = new Uint8Array(gemeente.codes.length);
		for (const [gi, list] of members) {
			let count = 0;
			let year = 0;
			for (const i of list) {
				count += w.base.count[i];
				year = Math.max(year, w.base.year[i]);
			}
			if (!(count >= MIN_CLIENTS)) continue;
			g.base.count[gi] = count;
			g.base.year[gi] = year;
			g.fromWijken[gi] = 1;
			for (let h = 0; h < H; h++) {
				let model = 0;
				let naive = 0;
				let sharePop = 0;
				for (const i of list) {
					const k = i * w.fc.horizon + h;
					model += w.fc.model[k];
					naive += w.fc.naive[k];
					sharePop += w.fc.sharePop[k];
				}
				const k = gi * H + h;
				const pop = gemeentePop[k];
				g.fc.model[k] = model;
				g.fc.naive[k] = naive;
				g.fc.sharePop[k] = sharePop;
				g.fc.share[k] = pop > 0 ? model / pop : NaN;
			}
		}
	}
}
