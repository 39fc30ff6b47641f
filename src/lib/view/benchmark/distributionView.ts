// View of the objective distribution (seed 004, table 4.2): per measure the weight per unit, the
// volume, the amount and its share of the total; R² scaled and unscaled; and one gemeente's
// objective share against its actual (and, when given, forecast) share. Plain data for a worker.

import { CATEGORY_LABELS, type Category } from '../../snapshot/schema';
import { MIN_CLIENTS } from '../../snapshot/reliability';
import type { SignConstraint } from '../../model/crossSection';
import { buildPanel } from '../../model/panel';
import type { SnapshotTables } from '../../snapshot/schema';
import { CAVEAT, nameOf, orNull } from './common';
import { scaledRegression } from '../../model/benchmark/distribution';
import { MEASURES, MISSING_MEASURES, URBANITY_NOTE, measureColumns, type MeasureId } from '../../model/benchmark/measures';

export interface DistributionRow {
	id: MeasureId;
	label: string;
	source: string;
	unit: string;
	sign: SignConstraint;
	/** Clients (or euros) per unit of the measure. */
	weight: number;
	/** True when the sign constraint holds the weight at 0. */
	atBound: boolean;
	/** Sum of the measure over the gemeenten in the fit. */
	volume: number;
	/** weight × volume. */
	amount: number;
	/** amount / total (negative for urbanity). */
	share: number;
}

export interface DistributionGemeente {
	code: string;
	name: string;
	/** measures × weights for this gemeente (clients or euros). */
	objective: number | null;
	actual: number | null;
	objectiveShare: number | null;
	actualShare: number | null;
	forecastShare: number | null;
}

export interface DistributionView {
	ok: boolean;
	problems: string[];
	category: Category;
	label: string;
	year: number | null;
	target: 'clients' | 'euro';
	/** Euro per client when target is 'euro'. */
	costPerClient: number | null;
	/** Dutch sentence naming the target, for the screen. */
	targetText: string;
	rows: DistributionRow[];
	total: number | null;
	missing: { label: string; reason: string }[];
	r2Scaled: number | null;
	r2Unscaled: number | null;
	r2Inhabitants: number | null;
	r2Combined: number | null;
	/** Gemeenten in the fit. */
	n: number;
	gemeente: DistributionGemeente | null;
	r2Text: string;
	urbanityNote: string;
	caveat: string;
}

export interface DistributionOptions {
	category: Category;
	/** Gemeente whose objective share is shown. */
	code?: string;
	/** Euro per client: the target becomes spending. Must be a number above 0. */
	costPerClient?: number | null;
	/** The gemeente's forecast share of the total (e.g. forecast clients / forecast total). */
	forecastShare?: number | null;
}

export const R2_TEXT =
	'R² ongeschaald zegt hoeveel van de verschillen in het totaal per gemeente het model verklaart; dat is hoog, vooral omdat grote gemeenten meer cliënten hebben: het aantal inwoners verklaart al het meeste. R² geschaald (per inwoner) zegt wat de maatstaven daar bovenop verklaren. Ongeveer geldt: R² ongeschaald ≈ R² inwoners + R² geschaald × (1 − R² inwoners), zoals in het AEF-rapport.';

/** The objective distribution of one category over the gemeenten of the latest year with data. */
export function distributionView(tables: SnapshotTables, options: DistributionOptions): DistributionView {
	const lp = buildPanel(tables).gemeente;
	const { category } = options;
	const problems: string[] = [];
	let cost: number | null = null;
	if (options.costPerClient !== undefined && options.costPerClient !== null) {
		if (typeof options.costPerClient === 'number' && Number.isFinite(options.costPerClient) && options.costPerClient > 0) cost = options.costPerClient;
		else problems.push(`Fout in kosten per cliënt: "${String(options.costPerClient)}". Oplossing: vul een bedrag in euro boven 0 in; tot dan telt het model cliënten.`);
	}
	const target = cost === null ? 'clients' : 'euro';
	const label = CATEGORY_LABELS[category];
	const view: DistributionView = {
		ok: false, problems, category, label, year: null, target, costPerClient: cost,
		targetText: cost === null ? `Doel: het aantal cliënten ${label.toLowerCase()} per gemeente (waargenomen).` : `Doel: uitgaven ${label.toLowerCase()} per gemeente = cliënten × € ${cost.toLocaleString('nl-NL')} per cliënt.`,
		rows: [], total: null, missing: [...MISSING_MEASURES], r2Scaled: null, r2Unscaled: null, r2Inhabitants: null, r2Combined: null,
		n: 0, gemeente: null, r2Text: R2_TEXT, urbanityNote: URBANITY_NOTE, caveat: CAVEAT
	};
	const nY = lp.nYears;
	for (let y = nY - 1; y >= 0; y--) {
		const m = measureColumns(lp, y);
		const tgt = Float64Array.from({ length: lp.codes.length }, (_, i) => {
			const c = lp.clients[category][i * nY + y];
			return c >= MIN_CLIENTS ? c * (cost ?? 1) : NaN;
		});
		const rest = MEASURES.filter((d) => d.id !== 'inwoners');
		const r = scaledRegression({ target: tgt, inhabitants: m.inwoners, measures: rest.map((d) => ({ id: d.id, values: m[d.id], sign: d.sign })) });
		if (!r || r.n < 40) continue;
		const weights = [r.inhabitantWeight, ...r.weights];
		const bound = [r.inhabitantAtBound, ...r.atBound];
		const rows = MEASURES.map((d, j) => {
			let volume = 0;
			for (let i = 0; i < lp.codes.length; i++) if (r.inFit[i]) volume += m[d.id][i];
			return { id: d.id, label: d.label, source: d.source, unit: d.unit, sign: d.sign, weight: weights[j], atBound: bound[j], volume, amount: weights[j] * volume, share: 0 };
		});
		const total = rows.reduce((s, x) => s + x.amount, 0);
		for (const x of rows) x.share = x.amount / total;
		Object.assign(view, {
			ok: true, year: lp.years[y], rows, total, n: r.n,
			r2Scaled: orNull(r.r2Scaled), r2Unscaled: orNull(r.r2Unscaled), r2Inhabitants: orNull(r.r2Inhabitants), r2Combined: orNull(r.r2Combined)
		});
		const i = options.code === undefined ? undefined : lp.index.get(options.code);
		if (options.code !== undefined) {
			let objective: number | null = null;
			let actualTotal = 0;
			for (let u = 0; u < lp.codes.length; u++) if (r.inFit[u]) actualTotal += tgt[u];
			if (i !== undefined) {
				const x = MEASURES.reduce((s, d, j) => s + weights[j] * m[d.id][i], 0);
				objective = orNull(x);
			}
			const actual = i !== undefined && r.inFit[i] ? tgt[i] : null;
			const fs = options.forecastShare;
			view.gemeente = {
				code: options.code,
				name: nameOf(tables, options.code),
				objective,
				actual,
				objectiveShare: objective === null ? null : objective / total,
				actualShare: actual === null ? null : actual / actualTotal,
				forecastShare: typeof fs === 'number' && Number.isFinite(fs) ? fs : null
			};
		}
		return view;
	}
	view.problems.push(`Geen objectieve verdeling voor ${label.toLowerCase()}: te weinig gemeenten (minder dan 40) met cliënten en alle maatstaven.`);
	return view;
}
