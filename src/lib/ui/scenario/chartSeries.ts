// What the forecast chart draws: the area (and a selected wijk) as before; with a scenario, the
// scenario next to the unchanged-policy forecast in one panel (both with their interval); in euros
// when the user asks for it and a cost per client is given.
import type { ViewStore } from '$lib/state/view.svelte';
import { euroSeries } from '$lib/view/scenario';
import type { ChartMode, ChartSeries, RegionSeries } from '$lib/view/types';

export function chartSeriesFor(store: ViewStore): { series: ChartSeries[]; mode: ChartMode; layout: 'auto' | 'overlay' } {
	const area = store.areaSummary;
	if (!area) return { series: [], mode: 'clients', layout: 'auto' };
	const cat = store.category;
	const costs = store.costs;
	const euro = store.chartEuro && costs.perClient[cat] !== undefined;
	const as = (s: RegionSeries | null) => (s && euro ? euroSeries(s, costs, cat) : s);
	const of = (label: string, s: RegionSeries | null, emphasis = false): ChartSeries[] => {
		const v = as(s);
		return v ? [{ label, history: v.history, forecast: v.forecast, emphasis }] : [];
	};
	const name = store.wijkView ? store.gm!.name : 'Gemeenten met gegevens';
	const mode: ChartMode = euro ? 'euro' : store.view.measure === 'aandeel' ? 'share' : 'clients';
	if (store.scenarioActive && !store.selectedWijk)
		return { series: [...of(`${name}, ongewijzigd beleid`, store.baselineSummary), ...of(`${name}, scenario`, area, true)], mode, layout: 'overlay' };
	return { series: [...of(name, area), ...(store.selectedWijk ? of(store.selectedWijk.name, store.selectedWijk, true) : [])], mode, layout: 'auto' };
}
