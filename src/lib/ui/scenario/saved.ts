// Named scenarios kept in this browser (localStorage): never sent anywhere. A stored entry that no
// longer reads as a scenario is skipped, so a damaged store cannot break the page.
import type { ScenarioState } from '$lib/state/scenario-state';
import { parseScenario, serializeScenario } from '$lib/state/scenario-state';

export const STORE_KEY = 'vooruitblik-scenarios';

export interface SavedScenario {
	name: string;
	/** The scenario in its URL form (the same validation on the way back in). */
	query: string;
}

export function loadSaved(storage: Pick<Storage, 'getItem'> | null): SavedScenario[] {
	try {
		const raw = JSON.parse(storage?.getItem(STORE_KEY) ?? '[]');
		return Array.isArray(raw) ? raw.filter((s) => typeof s?.name === 'string' && typeof s?.query === 'string') : [];
	} catch {
		return [];
	}
}

export function toQuery(s: ScenarioState): string {
	const q = new URLSearchParams();
	serializeScenario(s, q);
	return q.toString();
}

export function fromQuery(query: string): ScenarioState {
	return parseScenario(new URLSearchParams(query), []);
}

/** Adds or replaces (same name) a scenario; returns the new list. */
export function saveScenario(storage: Pick<Storage, 'setItem'> | null, list: SavedScenario[], name: string, s: ScenarioState): SavedScenario[] {
	const next = [...list.filter((x) => x.name !== name), { name, query: toQuery(s) }];
	storage?.setItem(STORE_KEY, JSON.stringify(next));
	return next;
}

export function removeScenario(storage: Pick<Storage, 'setItem'> | null, list: SavedScenario[], name: string): SavedScenario[] {
	const next = list.filter((x) => x.name !== name);
	storage?.setItem(STORE_KEY, JSON.stringify(next));
	return next;
}
