// The page's view state in one rune store: what is chosen (gemeente, category, year, wijk, map
// measure: the part that lives in the URL), what the worker sent, and everything derived from both
// that the map, chart, table and panels draw. Components read it; only the page's handlers write it.
import { CATEGORY_LABELS, type Category } from '$lib/snapshot/schema';
import { choropleth, noForecast, summaryRows, tableRows } from '$lib/view/regionValues';
import { countrySeries, withEstimates, type CountrySeries } from '$lib/view/country';
import { modelInfo } from '$lib/view/modelSummary';
import type { RegionFeatureCollection } from '$lib/snapshot/geometry';
import type { GemeenteView, InitResult, RegionSeries } from '$lib/view/types';
import { DEFAULT_STATE, type ViewState } from './url-state';
import { isNeutral, scenarioList, scenarioSeries } from '$lib/view/scenario';
import { DEFAULT_SCENARIO, type ScenarioState } from './scenario-state';

export class ViewStore {
	view = $state<ViewState>({ ...DEFAULT_STATE });
	init = $state.raw<InitResult | null>(null);
	gm = $state.raw<GemeenteView | null>(null);
	wijkGeo = $state.raw<RegionFeatureCollection | null>(null);

	readonly wijkView = $derived(!!(this.view.gemeente && this.gm && this.gm.code === this.view.gemeente));
	/** The origin, history and forecast years in view: a gemeente with newer figures has its own. */
	readonly origin = $derived(this.wijkView ? this.gm!.origin : (this.init?.origin ?? 0));
	readonly historyYears = $derived(this.wijkView ? this.gm!.historyYears : (this.init?.historyYears ?? []));
	readonly forecastYears = $derived(this.wijkView ? this.gm!.forecastYears : (this.init?.forecastYears ?? []));
	readonly year = $derived(
		this.view.year !== null && (this.historyYears.includes(this.view.year) || this.forecastYears.includes(this.view.year))
			? this.view.year
			: (this.forecastYears.at(-1) ?? 0)
	);
	readonly years = $derived([...this.historyYears, ...this.forecastYears]);
	readonly isForecastYear = $derived(!!this.init && this.year > this.origin);
	/** The scenario and costs in view (scenario-state.ts); the series below are under its levers. */
	readonly scenario = $derived(this.view.scenario ?? DEFAULT_SCENARIO);
	readonly scenarioActive = $derived(!isNeutral(this.scenario));
	readonly areaSeries = $derived.by<RegionSeries[]>(() => {
		if (!this.init) return [];
		if (this.wijkView) return scenarioList(this.gm!.series[this.view.category].wijken, this.scenario, this.view.category);
		return scenarioList(this.init.country[this.view.category], this.scenario, this.view.category);
	});
	/** The gemeente in view under the scenario. */
	readonly gemeenteSeries = $derived(this.wijkView ? scenarioSeries(this.gm!.series[this.view.category].gemeente, this.scenario, this.view.category) : null);
	// A category without wijk data still shows the wijken, all marked "geen prognose" as the legend says.
	readonly chart = $derived(
		this.wijkView && this.areaSeries.length === 0 && this.wijkGeo
			? noForecast(this.wijkGeo, this.view.measure)
			: choropleth(this.areaSeries, this.year, this.view.measure, this.isForecastYear)
	);
	/** Country view: every gemeente, the missing ones estimated (marked), so the total adds up. */
	readonly countryEstimated = $derived(this.init && !this.wijkView ? withEstimates(this.areaSeries) : []);
	readonly country = $derived<CountrySeries | null>(this.init && !this.wijkView ? countrySeries(this.countryEstimated) : null);
	readonly rows = $derived(tableRows(this.wijkView ? this.areaSeries : this.countryEstimated, this.year));
	/** Under the table: the unassigned clients and the gemeente total, or the national total. */
	readonly footRows = $derived(
		!this.init
			? []
			: this.wijkView
				? this.areaSeries.length
					? summaryRows(this.gemeenteSeries!, this.areaSeries, this.year)
					: []
				: this.country
					? [{ ...tableRows([this.country], this.year)[0], name: this.country.name, kind: 'total' as const }]
					: []
	);
	readonly areaSummary = $derived.by<RegionSeries | null>(() => {
		if (!this.init) return null;
		if (this.wijkView) return this.gemeenteSeries;
		return this.country;
	});
	/** The chart in euros instead of clients (needs a cost per client for the category). */
	chartEuro = $state(false);
	/** The area's summary series under any scenario (saved scenarios side by side; the costs sheet per category). */
	summaryUnder(sc: ScenarioState, cat: Category = this.view.category): RegionSeries | null {
		if (!this.init) return null;
		if (this.wijkView) return this.gm!.series[cat] ? scenarioSeries(this.gm!.series[cat].gemeente, sc, cat) : null;
		return countrySeries(withEstimates(scenarioList(this.init.country[cat], sc, cat)));
	}
	/** The same area without the scenario (ongewijzigd beleid), for the comparison. */
	readonly baselineSummary = $derived.by<RegionSeries | null>(() => {
		if (!this.init) return null;
		if (this.wijkView) return this.gm!.series[this.view.category].gemeente;
		return this.scenarioActive ? countrySeries(withEstimates(this.init.country[this.view.category])) : this.country;
	});
	readonly selectedWijk = $derived(
		this.wijkView && this.view.wijk ? (this.areaSeries.find((s) => s.code === this.view.wijk) ?? null) : null
	);
	/** A wijk's name in the gemeente in view (from any category that has wijk series). */
	wijkName(code: string): string {
		for (const c of Object.values(this.gm?.series ?? {})) {
			const w = c.wijken.find((s) => s.code === code);
			if (w) return w.name;
		}
		return code;
	}
	readonly categoryLabel = $derived(CATEGORY_LABELS[this.view.category]);
	// "Wmo totaal" keeps its capital inside a sentence; the other labels do not.
	readonly categoryInText = $derived(this.categoryLabel.startsWith('Wmo') ? this.categoryLabel : this.categoryLabel.toLowerCase());
	readonly info = $derived(
		modelInfo(this.init?.models ?? [], this.wijkView && this.areaSeries.length > 0 ? 'wijk' : 'gemeente', this.view.category)
	);
	readonly legendTitle = $derived(
		this.view.measure === 'aandeel'
			? `Aandeel inwoners met ${this.categoryInText}, ${this.year}${this.isForecastYear ? ' (prognose)' : ''}`
			: this.isForecastYear
				? `Verandering cliënten ${this.origin}–${this.year} (prognose)`
				: `Verandering cliënten ${this.year}–${this.origin}`
	);
}
