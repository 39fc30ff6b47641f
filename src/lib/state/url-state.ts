// The view state that lives in the URL (gemeente, categorie, jaar, wijk, kaartmaat), so every view can
// be shared and reloaded. Parsing is strict and never throws: a bad value is dropped and reported as
// a Dutch message, and the rest of the state still applies.
import { CATEGORIES, type Category } from '$lib/snapshot/schema';
import { GEMEENTE_CODE, WIJK_CODE, gemeenteOf } from '$lib/snapshot/codes';
import type { InitResult, MapMeasure } from '$lib/view/types';
import type { CategoryId } from '$lib/view/categories';
import { SCENARIO_PARAM, parseScenario, serializeScenario, type ScenarioState } from './scenario-state';

export type { MapMeasure };
export const MAP_MEASURES: readonly MapMeasure[] = ['aandeel', 'verandering'];

export interface ViewState {
	gemeente: string | null; // 'GM0363'; null = country view
	/** A CBS category, or an own subcategory (chosen on screen only: a link never carries one). */
	category: CategoryId;
	year: number | null; // null = default (last forecast year)
	wijk: string | null; // 'WK036301'
	measure: MapMeasure;
	scenario?: ScenarioState; // levers and costs (scenario-state.ts); absent = none
}

export const DEFAULT_STATE: ViewState = {
	gemeente: null,
	category: 'totaal',
	year: null,
	wijk: null,
	measure: 'aandeel'
};

/** URL parameter names: Dutch, because users see and share them. */
export const PARAM = {
	gemeente: 'gemeente',
	category: 'categorie',
	year: 'jaar',
	wijk: 'wijk',
	measure: 'kaart'
} as const;


/** Set on a shared link whose sender's view used own data, which the link never carries. */
export const LOCAL_DATA_PARAM = 'eigen';

export interface ParsedState {
	state: ViewState;
	/** Dutch messages about parameters that could not be used. */
	problems: string[];
}

/** Parse the query string syntactically. Whether a code exists is checked later against the regions. */
export function parseViewState(search: URLSearchParams): ParsedState {
	const state: ViewState = { ...DEFAULT_STATE };
	const problems: string[] = [];

	const gm = search.get(PARAM.gemeente)?.trim().toUpperCase();
	if (gm) {
		if (GEMEENTE_CODE.test(gm)) state.gemeente = gm;
		else problems.push(`De gemeentecode „${gm}” in de link is ongeldig. Een gemeentecode ziet eruit als GM0363; kies de gemeente via het zoekveld.`);
	}

	const cat = search.get(PARAM.category)?.trim();
	if (cat) {
		if ((CATEGORIES as readonly string[]).includes(cat)) state.category = cat as Category;
		else problems.push(`De categorie „${cat}” in de link bestaat niet. Getoond wordt Wmo totaal.`);
	}

	const yr = search.get(PARAM.year)?.trim();
	if (yr) {
		const n = Number(yr);
		if (/^\d{4}$/.test(yr) && Number.isInteger(n)) state.year = n;
		else problems.push(`Het jaar „${yr}” in de link is ongeldig. Getoond wordt het laatste prognosejaar.`);
	}

	const wk = search.get(PARAM.wijk)?.trim().toUpperCase();
	if (wk) {
		if (!WIJK_CODE.test(wk)) {
			problems.push(`De wijkcode „${wk}” in de link is ongeldig. Een wijkcode ziet eruit als WK036301; klik een wijk aan op de kaart of in de tabel.`);
		} else if (state.gemeente && gemeenteOf(wk) !== state.gemeente) {
			problems.push(`Wijk ${wk} hoort niet bij gemeente ${state.gemeente}. De wijkkeuze is genegeerd.`);
		} else {
			state.wijk = wk;
			// A wijk code names its gemeente, so a link with only a wijk still opens the right gemeente.
			state.gemeente ??= gemeenteOf(wk);
		}
	}

	const ms = search.get(PARAM.measure)?.trim();
	if (ms) {
		if ((MAP_MEASURES as readonly string[]).includes(ms)) state.measure = ms as MapMeasure;
		else problems.push(`De kaartmaat „${ms}” in de link bestaat niet; kies „aandeel” of „verandering”.`);
	}

	if (search.get(LOCAL_DATA_PARAM) === '1') {
		problems.push('De afzender van deze link gebruikte eigen gegevens (bijvoorbeeld een eigen bevolkingsprognose of eigen cliëntaantallen). Die zitten niet in de link: u ziet de prognose op CBS-gegevens, dus de cijfers kunnen afwijken van wat de afzender zag.');
	}

	if (Object.values(SCENARIO_PARAM).some((p) => search.has(p))) state.scenario = parseScenario(search, problems);
	return { state, problems };
}

/** Serialise only what differs from the defaults, so shared links stay short. */
export function serializeViewState(state: ViewState): URLSearchParams {
	const out = new URLSearchParams();
	if (state.gemeente) out.set(PARAM.gemeente, state.gemeente);
	if (state.category !== DEFAULT_STATE.category) out.set(PARAM.category, state.category);
	if (state.year !== null) out.set(PARAM.year, String(state.year));
	if (state.wijk && state.gemeente) out.set(PARAM.wijk, state.wijk);
	if (state.measure !== DEFAULT_STATE.measure) out.set(PARAM.measure, state.measure);
	if (state.scenario) serializeScenario(state.scenario, out);
	return out;
}

export interface KnownRegions {
	hasGemeente(code: string): boolean;
	hasWijk(code: string): boolean;
	years: { first: number; last: number };
}

/** What a forecast knows: its gemeenten, their wijken and its years. */
export function knownRegions(init: Pick<InitResult, 'gemeenten' | 'wijkCodes' | 'historyYears' | 'forecastYears'>): KnownRegions {
	return {
		hasGemeente: (c) => init.gemeenten.some((g) => g.code === c),
		hasWijk: (c) => Object.values(init.wijkCodes).some((l) => l.includes(c)),
		years: { first: init.historyYears[0], last: init.forecastYears.at(-1)! }
	};
}

/**
 * Check a syntactically valid state against the snapshot: unknown codes and years out of range
 * are dropped with a Dutch message, the rest is kept.
 */
export function validateViewState(state: ViewState, known: KnownRegions): ParsedState {
	const next = { ...state };
	const problems: string[] = [];
	if (next.gemeente && !known.hasGemeente(next.gemeente)) {
		problems.push(`Gemeente ${next.gemeente} uit de link bestaat niet in de gemeentelijke indeling van de gegevens. Zoek de gemeente op naam; gemeenten die zijn samengevoegd hebben een nieuwe code.`);
		next.gemeente = null;
		next.wijk = null;
	}
	if (next.wijk && !known.hasWijk(next.wijk)) {
		problems.push(`Wijk ${next.wijk} uit de link bestaat niet in deze gemeente. Kies een wijk op de kaart of in de tabel.`);
		next.wijk = null;
	}
	if (next.year !== null && (next.year < known.years.first || next.year > known.years.last)) {
		problems.push(`Het jaar ${next.year} valt buiten ${known.years.first}–${known.years.last}. Getoond wordt ${known.years.last}.`);
		next.year = null;
	}
	return { state: next, problems };
}
