// fitModel: the first-differences models of every level × category from data up to an origin,
// with the nested choice of drift handling and the 80% interval table, as plain data for the UI.

import { CATEGORY_LABELS, INDICATORS, type Category, type Level } from '../snapshot/schema';
import { EC_GEMEENTE, EC_WIJK, FEATURE_IDS, type CategoryFitCore } from './categoryFit';
import type { Candidate } from './categoryForecast';
import { actualOf, finalRuns, selectCandidate, coreRun, type Selection } from './engine';
import { intervalTable, type LogError } from './intervals';
import { buildPanel, type Panel } from './panel';
import type { CategoryModel, Driver, FitOptions, FittedModel, IntervalBand, ModelConfig, SnapshotTables } from './types';

/** Fixed a priori; the candidates are then chosen per origin by the nested backtest. */
export const DEFAULT_CONFIG: ModelConfig = {
	maxDrivers: 4,
	driftDampings: [0, 0.5, 1],
	gemeenteWeights: [0, 0.5, 1],
	smoothings: [0, 0.5],
	indicatorDamping: 1,
	reconcile: true,
	robustDrifts: ['median', 'weightedMedian']
};

export const MAX_HORIZON = 5;

export function resolveConfig(c?: Partial<ModelConfig>): ModelConfig {
	return { ...DEFAULT_CONFIG, ...(c ?? {}) };
}

/** Fits all models for `origin`. Only data up to `origin` is used, also for every choice made. */
export function fitModel(tables: SnapshotTables, options: FitOptions): FittedModel {
	const panel = buildPanel(tables);
	const cfg = resolveConfig(options.config);
	const origin = options.origin;
	const nested = options.nested !== false;
	const models: CategoryModel[] = [];
	for (const level of ['gemeente', 'wijk'] as Level[]) {
		for (const cat of panel[level].categories) {
			const run = coreRun(panel, level, cat, origin, cfg);
			const sel: Selection = nested
				? selectCandidate(panel, level, cat, origin, cfg)
				: { index: 0, wape: [], origins: [], n: 0 };
			models.push(describeModel(run.core, run.candidates[sel.index], sel));
		}
	}
	const intervals = nested ? intervalsAt(panel, origin, cfg) : intervalTable([], MAX_HORIZON);
	return { origin, models, intervals, config: cfg };
}

/** Log errors of the chosen, reconciled forecasts made before T, of years up to T. */
export function errorsBefore(panel: Panel, T: number, cfg: ModelConfig): LogError[] {
	const errors: LogError[] = [];
	for (let o = panel.firstYear; o < T; o++) {
		for (const [key, fr] of finalRuns(panel, o, cfg)) {
			const [level, cat] = key.split('|') as [Level, Category];
			const lp = panel[level];
			const H = fr.fc.horizon;
			for (let h = 1; o + h <= T && h <= H; h++) {
				for (let i = 0; i < lp.codes.length; i++) {
					const f = fr.fc.model[i * H + h - 1];
					const a = actualOf(lp, cat, i, o + h);
					if (!(f > 0) || !(a >= 10)) continue;
					// A summed gemeente figure as base and an official one as actual differ by definition
					// (about 4%); forecasts from the origin never straddle that, so it is no interval error.
					const flags = lp.wijkSum[cat];
					const row = i * lp.nYears - lp.firstYear;
					if (flags[row + fr.run.base.year[i]] !== flags[row + o + h]) continue;
					errors.push({ level, baseCount: fr.run.base.count[i], horizon: h, logRatio: Math.log(a / f) });
				}
			}
		}
	}
	return errors;
}

export function intervalsAt(panel: Panel, T: number, cfg: ModelConfig): IntervalBand[] {
	return intervalTable(errorsBefore(panel, T, cfg), MAX_HORIZON);
}

const FEATURE_LABELS: Record<string, string> = {
	[EC_GEMEENTE]: 'Terugkeer naar het verwachte aandeel (gemeente boven of onder verwachting)',
	[EC_WIJK]: 'Terugkeer naar het verwachte aandeel (wijk ten opzichte van de eigen gemeente)'
};

function describeModel(core: CategoryFitCore, cand: Candidate, sel: Selection): CategoryModel {
	const raw = core.selected.map((j, m) => Math.abs(core.coef[m]) * core.sdChange[m]);
	const total = raw.reduce((a, b) => a + b, 0) || 1;
	const drivers: Driver[] = core.selected.map((j, m) => {
		const id = FEATURE_IDS[j];
		return {
			indicator: id,
			label: FEATURE_LABELS[id] ?? INDICATORS[id].label,
			coefficient: core.coef[m],
			sign: core.coef[m] >= 0 ? 1 : -1,
			weight: raw[m] / total
		};
	});
	const drift = cand.source === 'pooled' ? core.driftPooled : core.driftLast;
	return {
		level: core.level,
		category: core.category,
		drift,
		drivers,
		diffYears: core.diffYears,
		nObs: core.nObs,
		gemeenteWeight: cand.gemeenteWeight,
		driftDamping: cand.damping,
		useDrivers: cand.drivers && drivers.length > 0,
		smoothing: cand.smoothing,
		driftSource: cand.source,
		gemeenteEffect: cand.gemeenteWeight ? core.gemeenteEffect : {},
		...(cand.robust && core.robustGrowth
			? {
					robustDrift: {
						kind: cand.robust,
						logGrowth: core.robustGrowth[cand.robust],
						year: core.robustGrowth.year,
						nGemeenten: core.robustGrowth.n
					}
				}
			: {}),
		selection: core.selection,
		validation: {
			origins: sel.origins,
			n: sel.n,
			wape: sel.wape.length ? sel.wape[sel.index] : null,
			aPrioriWape: sel.wape.length ? sel.wape[0] : null
		},
		method: methodText(core, cand)
	};
}

function methodText(core: CategoryFitCore, cand: Candidate): string {
	const who = core.level === 'wijk' ? 'wijk' : 'gemeente';
	const cat = CATEGORY_LABELS[core.category];
	const base = `${cat} (${who}): het aandeel cliënten per inwoner × de verwachte bevolking`;
	if (cand.robust && core.robustGrowth) {
		const g = core.robustGrowth[cand.robust];
		const pct = (100 * (Math.exp(g) - 1)).toFixed(1).replace('.', ',');
		return `${base}, met de landelijke trend: het aandeel groeit ${cand.damping < 1 ? 'gedempt ' : ''}mee met de verandering van de middelste gemeente in ${core.robustGrowth.year} (${g >= 0 ? '+' : ''}${pct}% per jaar${cand.robust === 'weightedMedian' ? ', gewogen naar cliënten' : ''}). Dat voorspelde eerdere jaren beter dan een gelijkblijvend aandeel.`;
	}
	if (core.diffYears.length < 2) {
		return `${base}; het aandeel blijft gelijk, want er zijn nog te weinig jaren om een trend te toetsen.`;
	}
	const parts: string[] = [];
	if (cand.damping)
		parts.push(`${cand.source === 'pooled' ? 'de gemiddelde' : 'de laatste'} jaarlijkse verandering${cand.damping < 1 ? ' (gedempt)' : ''}`);
	if (cand.gemeenteWeight) parts.push(`${Math.round(cand.gemeenteWeight * 100)}% van de eigen gemeentelijke afwijking`);
	if (cand.drivers && core.selected.length) parts.push(`${core.selected.length} verklarende factor(en)`);
	if (cand.smoothing) parts.push(`een startniveau dat ${Math.round(cand.smoothing * 100)}% met het vorige jaar middelt`);
	const how = parts.length
		? `, met ${parts.join(', ')}: dat voorspelde eerdere jaren beter dan een gelijkblijvend aandeel.`
		: '; het aandeel blijft gelijk: een trend, de gemeentelijke afwijking en de verklarende factoren voorspelden eerdere jaren niet beter.';
	const unused =
		!cand.drivers && core.selected.length ? ' De getoonde factoren hangen wel samen met de verandering, maar tellen daarom niet mee.' : '';
	return `${base}${how}${unused}`;
}
