// The browser history of views. Choosing another gemeente, wijk or category is navigation: it gets
// its own history entry, so the back button steps back to the previous view. A year or map-mode
// change only refines the view and replaces the entry, so back does not replay every click of a
// year slider. Scenario levers are refinements too: they replace the entry as they are typed.
import { serializeViewState, type ViewState } from './url-state';

export type HistoryMode = 'push' | 'replace';

export function historyModeFor(before: ViewState, after: ViewState): HistoryMode {
	const navigated = before.gemeente !== after.gemeente || before.wijk !== after.wijk || before.category !== after.category;
	return navigated ? 'push' : 'replace';
}

/** The address-bar form of a state: the query string, or the bare path for the country view. */
export function urlOf(state: ViewState, pathname: string): string {
	const q = serializeViewState(state).toString();
	return q ? `?${q}` : pathname;
}

/** The fields a history step restores: everything the URL holds. */
export function patchFrom(state: ViewState): ViewState {
	return { gemeente: state.gemeente, wijk: state.wijk, category: state.category, year: state.year, measure: state.measure, scenario: state.scenario };
}
