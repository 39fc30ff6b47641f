// The traits on which gemeenten are compared (peers): which panel figure each one is, its Dutch
// label and its default weight, and the validation of weights a user types in.

import { INDICATOR_IDS, type LevelPanel } from '../panel';

export type TraitId = 'inwoners_log' | 'aandeel_65plus' | 'aandeel_eenpersoonshuishoudens' | 'inkomen_per_inwoner' | 'aandeel_bijstand' | 'aandeel_ao' | 'stedelijkheid_log';

export interface TraitDef {
	id: TraitId;
	label: string;
	/** What the figure is, for the transparency text. */
	explanation: string;
}

export const TRAITS: readonly TraitDef[] = [
	{ id: 'inwoners_log', label: 'Inwoners (log)', explanation: 'aantal inwoners op 1 januari, logaritmisch: 20.000 en 40.000 liggen even ver uiteen als 200.000 en 400.000' },
	{ id: 'aandeel_65plus', label: 'Aandeel 65 jaar of ouder', explanation: 'leeftijdsopbouw: aandeel inwoners van 65 jaar of ouder' },
	{ id: 'aandeel_eenpersoonshuishoudens', label: 'Aandeel eenpersoonshuishoudens', explanation: 'aandeel eenpersoonshuishoudens van alle huishoudens' },
	{ id: 'inkomen_per_inwoner', label: 'Gemiddeld inkomen per inwoner', explanation: 'gemiddeld inkomen per inwoner (× € 1.000)' },
	{ id: 'aandeel_bijstand', label: 'Aandeel met bijstand', explanation: 'aandeel inwoners met een bijstandsuitkering' },
	{ id: 'aandeel_ao', label: 'Aandeel met arbeidsongeschiktheidsuitkering', explanation: 'aandeel inwoners met een AO-uitkering' },
	{ id: 'stedelijkheid_log', label: 'Stedelijkheid (omgevingsadressendichtheid, log)', explanation: 'omgevingsadressendichtheid (adressen per km²), logaritmisch' }
];

export type TraitWeights = Record<TraitId, number>;

export const DEFAULT_TRAIT_WEIGHTS: TraitWeights = Object.fromEntries(TRAITS.map((t) => [t.id, 1])) as TraitWeights;

export const DEFAULT_PEER_COUNT = 10;
export const MAX_PEER_COUNT = 50;

/** Trait values of every unit in year index y, NaN where unknown, in TRAITS order. */
export function traitColumns(lp: LevelPanel, y: number): Record<TraitId, Float64Array> {
	const nU = lp.codes.length;
	const nY = lp.nYears;
	const ind = (id: string) => lp.ind[INDICATOR_IDS.indexOf(id)];
	const col = (f: (i: number) => number) => Float64Array.from({ length: nU }, (_, i) => f(i));
	const at = (a: Float64Array | undefined, i: number) => (a ? a[i * nY + y] : NaN);
	const logPos = (v: number) => (v > 0 ? Math.log(v) : NaN);
	return {
		inwoners_log: col((i) => logPos(lp.pop[i * nY + y])),
		aandeel_65plus: col((i) => at(ind('aandeel_65plus'), i)),
		aandeel_eenpersoonshuishoudens: col((i) => at(ind('aandeel_eenpersoonshuishoudens'), i)),
		inkomen_per_inwoner: col((i) => at(ind('inkomen_per_inwoner'), i)),
		aandeel_bijstand: col((i) => at(ind('aandeel_bijstand'), i)),
		aandeel_ao: col((i) => at(ind('aandeel_ao'), i)),
		stedelijkheid_log: col((i) => logPos(at(ind('omgevingsadressendichtheid'), i)))
	};
}

export type Validated<T> = { ok: true; value: T; problems: [] } | { ok: false; problems: string[] };

const FIX_NUMBER = 'Oplossing: vul een getal van 0 of meer in (bijvoorbeeld 1; 0 laat het kenmerk weg).';

/**
 * Checks weights a user entered (numbers, or text from an input such as "1,5"). Every trait needs
 * a finite weight ≥ 0, and at least one must be above 0. Missing traits take weight 0.
 */
export function validateTraitWeights(input: Partial<Record<string, unknown>>): Validated<TraitWeights> {
	const problems: string[] = [];
	const out = {} as TraitWeights;
	for (const t of TRAITS) {
		const raw = input[t.id];
		const v = toNumber(raw);
		if (raw === undefined || raw === null || raw === '') out[t.id] = 0;
		else if (v === null) problems.push(`Fout in gewicht voor "${t.label}": "${String(raw)}" is geen getal. ${FIX_NUMBER}`);
		else if (v < 0) problems.push(`Fout in gewicht voor "${t.label}": ${String(raw)} is negatief. ${FIX_NUMBER}`);
		else out[t.id] = v;
	}
	for (const k of Object.keys(input)) {
		if (!TRAITS.some((t) => t.id === k)) problems.push(`Onbekend kenmerk "${k}". Oplossing: kies uit ${TRAITS.map((t) => t.label).join(', ')}.`);
	}
	if (problems.length === 0 && TRAITS.every((t) => out[t.id] === 0)) {
		problems.push('Alle gewichten zijn 0: dan is er niets om gemeenten op te vergelijken. Oplossing: geef ten minste één kenmerk een gewicht groter dan 0.');
	}
	return problems.length ? { ok: false, problems } : { ok: true, value: out, problems: [] };
}

/** Checks the number of peers: a whole number from 1 to MAX_PEER_COUNT. */
export function validatePeerCount(raw: unknown): Validated<number> {
	const v = toNumber(raw);
	if (v === null || !Number.isInteger(v) || v < 1 || v > MAX_PEER_COUNT) {
		return { ok: false, problems: [`Fout in aantal vergelijkbare gemeenten: "${String(raw)}". Oplossing: vul een heel getal van 1 tot en met ${MAX_PEER_COUNT} in.`] };
	}
	return { ok: true, value: v, problems: [] };
}

export interface PeerSettings {
	weights: TraitWeights;
	k: number;
}

/**
 * Applies a user's change to the peer settings. On any problem the previous (valid) settings are
 * returned unchanged, with the Dutch messages: nothing the user had is lost.
 */
export function applyPeerSettings(
	previous: PeerSettings,
	change: { weights?: Partial<Record<string, unknown>>; k?: unknown }
): { ok: boolean; settings: PeerSettings; problems: string[] } {
	const problems: string[] = [];
	let weights = previous.weights;
	let k = previous.k;
	if (change.weights) {
		const v = validateTraitWeights({ ...previous.weights, ...change.weights });
		if (v.ok) weights = v.value;
		else problems.push(...v.problems);
	}
	if (change.k !== undefined) {
		const v = validatePeerCount(change.k);
		if (v.ok) k = v.value;
		else problems.push(...v.problems);
	}
	if (problems.length) return { ok: false, settings: previous, problems };
	return { ok: true, settings: { weights, k }, problems: [] };
}

/** A number from a number or Dutch/English decimal text ("1,5", "1.5"); null when it is not one. */
function toNumber(raw: unknown): number | null {
	if (typeof raw === 'number') return Number.isFinite(raw) ? raw : null;
	if (typeof raw !== 'string') return null;
	const s = raw.trim().replace(',', '.');
	if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(s)) return null;
	const v = Number(s);
	return Number.isFinite(v) ? v : null;
}
