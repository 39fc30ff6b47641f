// The scenario and the costs as view state: the levers (model/scenario.ts) and the cost settings
// (model/costs.ts), their URL form, and one validation for the URL and the form alike. Bad values
// are refused with a Dutch message naming the problem and the fix; the last valid value stays.
import { CATEGORIES, CATEGORY_LABELS, type Category } from '$lib/snapshot/schema';
import type { CostSettings, ScenarioLevers } from '$lib/view/scenario';
import { labelInText } from '$lib/view/categories';

export interface ScenarioState extends ScenarioLevers {
	costs: CostSettings;
}

export const DEFAULT_SCENARIO: ScenarioState = { growth65: 0, growthTotal: 0, policy: {}, policyFrom: null, costs: { perClient: {}, priceIndex: 0 } };

/** URL parameter names (Dutch: users see and share them). */
export const SCENARIO_PARAM = {
	growth65: 'groei65',
	growthTotal: 'groeitotaal',
	policy: 'beleid',
	policyFrom: 'beleidvanaf',
	costs: 'kosten',
	priceIndex: 'prijsindex'
} as const;

/** The limits a value must keep; beyond them it is not a scenario but a typing error. */
export const LIMITS = {
	growth: { min: -10, max: 10 },
	policy: { min: -100, max: 200 },
	cost: { min: 0, max: 1_000_000 },
	priceIndex: { min: -10, max: 25 }
} as const;

export type Field = 'growth65' | 'growthTotal' | 'policy' | 'cost' | 'priceIndex' | 'policyFrom';

const FIELD_LABEL: Record<Field, string> = {
	growth65: 'De extra groei van 65-plussers',
	growthTotal: 'De extra groei van de hele bevolking',
	policy: 'Het beleidseffect',
	cost: 'De kosten per cliënt',
	priceIndex: 'De prijsindex',
	policyFrom: 'Het startjaar van het beleidseffect'
};

/** A number as a Dutch user types it ("1,5", "−2", "2.500" is refused: ambiguous). Null if not a number. */
export function parseNumberNl(text: string): number | null {
	const t = text.trim().replace(/\u2212/g, '-').replace(/\s/g, '').replace(/%$/, '').replace(/^€/, '');
	if (!/^[+-]?(\d+([.,]\d+)?|[.,]\d+)$/.test(t)) return null;
	const n = Number(t.replace(',', '.'));
	return Number.isFinite(n) ? n : null;
}

/** A limit as Dutch text, with a real minus sign. */
const nl = (v: number) => v.toLocaleString('nl-NL').replace('-', '−');

/** Checks one value; returns the number or a Dutch message. */
export function checkValue(field: Field, text: string, category?: Category): { value: number } | { problem: string } {
	const label = FIELD_LABEL[field] + (category ? ` voor ${labelInText(CATEGORY_LABELS[category])}` : '');
	const v = parseNumberNl(text);
	if (v === null) return { problem: `${label} („${text}”) is geen getal. Typ een getal, bijvoorbeeld 1,5.` };
	if (field === 'policyFrom') return Number.isInteger(v) && v >= 1900 && v <= 2200 ? { value: v } : { problem: `${label} („${text}”) is geen jaartal. Kies een prognosejaar.` };
	const lim = field === 'cost' ? LIMITS.cost : field === 'policy' ? LIMITS.policy : field === 'priceIndex' ? LIMITS.priceIndex : LIMITS.growth;
	if (field === 'cost' && v < 0) return { problem: `${label} kan niet negatief zijn (${text}). Vul het tarief in euro per cliënt per jaar in, of laat het veld leeg.` };
	if (field === 'policy' && v < lim.min) return { problem: `${label} kan niet kleiner zijn dan −100% (${text}): minder dan geen cliënten bestaat niet. Kies een waarde van −100 tot en met ${lim.max}.` };
	if (v < lim.min || v > lim.max)
		return { problem: `${label} (${text}) ligt buiten ${nl(lim.min)} tot en met ${nl(lim.max)}${field === 'cost' ? ' euro' : field === 'policy' || field === 'priceIndex' ? '%' : ' procentpunt per jaar'}. Kies een waarde daartussen.` };
	return { value: v };
}

/** "categorie:getal,categorie:getal" → per category; unknown categories and bad numbers are reported. */
function parsePairs(text: string, field: 'policy' | 'cost', problems: string[]): Partial<Record<Category, number>> {
	const out: Partial<Record<Category, number>> = {};
	for (const part of text.split(',').filter(Boolean)) {
		const [cat, val = ''] = part.split(':');
		if (!(CATEGORIES as readonly string[]).includes(cat)) {
			problems.push(`De categorie „${cat}” in ${field === 'policy' ? 'het beleidseffect' : 'de kosten'} van de link bestaat niet; die waarde is genegeerd.`);
			continue;
		}
		const r = checkValue(field, val, cat as Category);
		if ('problem' in r) problems.push(`${r.problem} De waarde uit de link is genegeerd.`);
		else out[cat as Category] = r.value;
	}
	return out;
}

/** Reads the scenario from a query string; what cannot be used is dropped with a Dutch message. */
export function parseScenario(search: URLSearchParams, problems: string[]): ScenarioState {
	const s: ScenarioState = { ...DEFAULT_SCENARIO, policy: {}, costs: { perClient: {}, priceIndex: 0 } };
	const num = (param: string, field: Field, set: (v: number) => void) => {
		const raw = search.get(param);
		if (raw === null || raw.trim() === '') return;
		const r = checkValue(field, raw);
		if ('problem' in r) problems.push(`${r.problem} De waarde uit de link is genegeerd.`);
		else set(r.value);
	};
	num(SCENARIO_PARAM.growth65, 'growth65', (v) => (s.growth65 = v));
	num(SCENARIO_PARAM.growthTotal, 'growthTotal', (v) => (s.growthTotal = v));
	num(SCENARIO_PARAM.policyFrom, 'policyFrom', (v) => (s.policyFrom = v));
	num(SCENARIO_PARAM.priceIndex, 'priceIndex', (v) => (s.costs.priceIndex = v));
	const policy = search.get(SCENARIO_PARAM.policy);
	if (policy) s.policy = parsePairs(policy, 'policy', problems);
	const costs = search.get(SCENARIO_PARAM.costs);
	if (costs) s.costs.perClient = parsePairs(costs, 'cost', problems);
	return s;
}

const pairs = (o: Partial<Record<Category, number>>, keepZero: boolean) =>
	CATEGORIES.filter((c) => o[c] !== undefined && (keepZero || o[c] !== 0))
		.map((c) => `${c}:${o[c]}`)
		.join(',');

/** Writes only what differs from the defaults. */
export function serializeScenario(s: ScenarioState, out: URLSearchParams): void {
	if (s.growth65) out.set(SCENARIO_PARAM.growth65, String(s.growth65));
	if (s.growthTotal) out.set(SCENARIO_PARAM.growthTotal, String(s.growthTotal));
	const policy = pairs(s.policy, false);
	if (policy) out.set(SCENARIO_PARAM.policy, policy);
	if (s.policyFrom !== null) out.set(SCENARIO_PARAM.policyFrom, String(s.policyFrom));
	const costs = pairs(s.costs.perClient, true);
	if (costs) out.set(SCENARIO_PARAM.costs, costs);
	if (s.costs.priceIndex) out.set(SCENARIO_PARAM.priceIndex, String(s.costs.priceIndex));
}
