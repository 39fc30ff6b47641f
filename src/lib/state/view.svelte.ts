// The page's view state in one rune store: what is chosen (gemeente, category, year, wijk, map
// measure: the part that lives in the URL), what the worker sent, and everything derived from both
// that the map, chart, table and panels draw. Components read it; only the page's handlers write it.
import type { Category } from '$lib/snapshot/schema';
import { categoriesInView, labelInText, resolveCategory, subcategorySeries } from '$lib/view/categories';
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
	/** The categories to choose from: CBS's five, and the own subcategories of the gemeente in view. */
	readonly categories = $derived(categoriesInView(this.init?.categories ?? [], this.wijkView ? (this.gm!.subcategories ?? []) : null));
	readonly #resolved = $derived(resolveCategory(this.view.category, this.categories, this.init?.categories ?? []));
	/** The category option in view (a subcategory the view lacks shows its parent). */
	readonly categoryOption = $derived(this.#resolved.option);
	/** The CBS category in view: the chosen one, or a subcategory's parent (scenario, costs, model, peers). */
	readonly category = $derived<Category>(this.#resolved.cbs);
	/** The own subcategory in view, forecast as its share of the parent (gemeente level only). */
	readonly subcategory = $derived(this.categoryOption.source === 'eigen' ? (this.gm?.subcategories?.find((s) => s.id === this.categoryOption.id) ?? null) : null);
	/** The tariffs that apply in view: none for an own subcategory (a tariff is set per CBS category). */
	readonly costs = $derived(this.subcategory ? { ...this.scenario.costs, perClient: {} } : this.scenario.costs);
	readonly areaSeries = $derived.by<RegionSeries[]>(() => {
		if (!this.init) return [];
		if (this.subcategory) return [];
		if (this.wijkView) return scenarioList(this.gm!.series[this.category].wijken, this.scenario, this.category);
		return scenarioList(this.init.country[this.category], this.scenario, this.category);
	});
	/** The gemeente in view under the scenario (a subcategory: its share of the parent under the scenario). */
	readonly gemeenteSeries = $derived(this.wijkView ? this.#ownShare(scenarioSeries(this.gm!.series[this.category].gemeente, this.scenario, this.category)) : null);
	#ownShare(parent: RegionSeries): RegionSeries {
		return this.subcategory ? subcategorySeries(this.subcategory, parent) : parent;
	}
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
	summaryUnder(sc: ScenarioState, cat?: Category): RegionSeries | null {
		if (!this.init) return null;
		const own = cat === undefined; // the category in view, with its subcategory if one is chosen
		cat ??= this.category;
		if (this.wijkView) {
			if (!this.gm!.series[cat]) return null;
			const parent = scenarioSeries(this.gm!.series[cat].gemeente, sc, cat);
			return own ? this.#ownShare(parent) : parent;
		}
		return countrySeries(withEstimates(scenarioList(this.init.country[cat], sc, cat)));
	}
	/** The same area without the scenario (ongewijzigd beleid), for the comparison. */
	readonly baselineSummary = $derived.by<RegionSeries | null>(() => {
		if (!this.init) return null;
		if (this.wijkView) return this.#ownShare(this.gm!.series[this.category].gemeente);
		return this.scenarioActive ? countrySeries(withEstimates(this.init.country[this.category])) : this.country;
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
	readonly categoryLabel = $derived(this.categoryOption.label);
	readonly categoryInText = $derived(labelInText(this.categoryLabel));
	readonly info = $derived(
		modelInfo(this.init?.models ?? [], this.wijkView && this.areaSeries.length > 0 ? 'wijk' : 'gemeente', this.category)
	);
	/** Why a region on the map has no colour, in the legend; a category without wijk figures says so. */
	readonly noDataLabel = $derived(
		!this.wijkView
			? 'Geen eigen cijfer of prognose: in het landelijke totaal geschat (gearceerd)'
			: this.categoryOption.wijk
				? 'Geen prognose: te weinig of geen recente cliënten (de reden staat in de tabel)'
				: `Geen wijkprognose: ${this.categoryInText} is er alleen voor de hele gemeente`
	);
	/** The table's text without rows. */
	readonly emptyTable = $derived(
		this.wijkView && !this.categoryOption.wijk
			? `Voor ${this.categoryInText} zijn er geen wijkcijfers: de prognose is er alleen voor de hele gemeente (zie de samenvatting en de grafiek).`
			: 'Geen gegevens om te tonen.'
	);
	readonly legendTitle = $derived(
		this.view.measure === 'aandeel'
			? `Aandeel inwoners met ${this.categoryInText}, ${this.year}${this.isForecastYear ? ' (prognose)' : ''}`
			: this.isForecastYear
				? `Verandering cliënten ${this.origin}–${this.year} (prognose)`
				: `Verandering cliënten ${this.year}–${this.origin}`
	);
}
