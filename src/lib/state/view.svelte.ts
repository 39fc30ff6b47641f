// The page's view state in one rune store: what is chosen (gemeente, category, year, wijk, map
// measure: the part that lives in the URL), what the worker sent, and everything derived from both
// that the map, chart, table and panels draw. Components read it; only the page's handlers write it.
import { CATEGORY_LABELS } from '$lib/snapshot/schema';
import { choropleth, noForecast, tableRows } from '$lib/view/regionValues';
import { countrySeries } from '$lib/view/country';
import { modelInfo } from '$lib/view/modelSummary';
import type { RegionFeatureCollection } from '$lib/snapshot/geometry';
import type { GemeenteView, InitResult, RegionSeries } from '$lib/view/types';
import { DEFAULT_STATE, type ViewState } from './url-state';

export class ViewStore {
	view = $state<ViewState>({ ...DEFAULT_STATE });
	init = $state.raw<InitResult | null>(null);
	gm = $state.raw<GemeenteView | null>(null);
	wijkGeo = $state.raw<RegionFeatureCollection | null>(null);

	readonly year = $derived(this.view.year ?? this.init?.forecastYears.at(-1) ?? 0);
	readonly years = $derived(this.init ? [...this.init.historyYears, ...this.init.forecastYears] : []);
	readonly isForecastYear = $derived(!!this.init && this.year > this.init.origin);
	readonly wijkView = $derived(!!(this.view.gemeente && this.gm && this.gm.code === this.view.gemeente));
	readonly areaSeries = $derived.by<RegionSeries[]>(() => {
		if (!this.init) return [];
		if (this.wijkView) return this.gm!.series[this.view.category].wijken;
		return this.init.country[this.view.category];
	});
	// A category without wijk data still shows the wijken, all marked "geen prognose" as the legend says.
	readonly chart = $derived(
		this.wijkView && this.areaSeries.length === 0 && this.wijkGeo
			? noForecast(this.wijkGeo, this.view.measure)
			: choropleth(this.areaSeries, this.year, this.view.measure, this.isForecastYear)
	);
	readonly rows = $derived(tableRows(this.areaSeries, this.year));
	readonly areaSummary = $derived.by<RegionSeries | null>(() => {
		if (!this.init) return null;
		if (this.wijkView) return this.gm!.series[this.view.category].gemeente;
		return countrySeries(this.init.country[this.view.category], this.init.forecastYears);
	});
	readonly selectedWijk = $derived(
		this.wijkView && this.view.wijk ? (this.areaSeries.find((s) => s.code === this.view.wijk) ?? null) : null
	);
	readonly categoryLabel = $derived(CATEGORY_LABELS[this.view.category]);
	// "Wmo totaal" keeps its capital inside a sentence; the other labels do not.
	readonly categoryInText = $derived(this.categoryLabel.startsWith('Wmo') ? this.categoryLabel : this.categoryLabel.toLowerCase());
	readonly info = $derived(
		modelInfo(this.init?.models ?? [], this.wijkView && this.areaSeries.length > 0 ? 'wijk' : 'gemeente', this.view.category)
	);
	readonly legendTitle = $derived(
		this.view.measure === 'aandeel'
			? `Aandeel inwoners met ${this.categoryInText}, ${this.year}${this.isForecastYear ? ' (prognose)' : ''}`
			: `Verandering cliënten ${this.init?.origin ?? ''}–${this.year}`
	);
}
