// View of expected versus actual: per category, the share of clients a gemeente's traits predict
// (expectedShare.ts, the cross-section over all gemeenten of the latest year with data) against the
// share it has, with an 80% interval from the residual quantiles, and a plain-Dutch flag.

import { CATEGORIES, CATEGORY_LABELS, INDICATORS, type Category } from '../../snapshot/schema';
import { expectedShareFit, type ExpectedShareFit } from '../../model/expectedShare';
import { buildPanel } from '../../model/panel';
import type { SnapshotTables } from '../../snapshot/schema';
import { CAVEAT, nameOf, orNull, quantile } from './common';

export type ExpectedFlag = 'hoger' | 'lager' | 'binnen';

export interface ExpectedActualRow {
	category: Category;
	label: string;
	/** Year of the cross-section; null when no year could be fitted. */
	year: number | null;
	status: 'ok' | 'geen_model' | 'geen_gegevens';
	actualShare: number | null;
	expectedShare: number | null;
	/** 80% interval of the share for gemeenten with these traits (10% and 90% residual quantiles). */
	lower: number | null;
	upper: number | null;
	actualClients: number | null;
	expectedClients: number | null;
	/** actual / expected − 1. */
	deviation: number | null;
	/** Above, below or within the 80% interval; null without a comparison. */
	flag: ExpectedFlag | null;
	/** Plain Dutch reason when status is not 'ok' (the UI words the flag itself: benchmarkText.ts). */
	reason: string | null;
	/** R² of the cross-section (log share) and the gemeenten in it. */
	r2: number | null;
	n: number;
	/** The fitted weights (transparency): change in log share per sd of each indicator. */
	coefficients: { indicator: string; label: string; coefficient: number }[];
}

export interface ExpectedActualView {
	code: string;
	name: string;
	rows: ExpectedActualRow[];
	method: string;
	caveat: string;
}

export const EXPECTED_METHOD =
	'Per categorie een regressie over alle gemeenten van hetzelfde jaar: het logaritme van het aandeel cliënten per inwoner op de gestandaardiseerde kenmerken (leeftijd, burgerlijke staat, huishoudens, uitkeringen, inkomen, stedelijkheid). Het interval is het 80%-gebied van de afwijkingen van alle gemeenten: 8 op de 10 gemeenten met deze kenmerken liggen erbinnen.';

function coefficientsOf(f: ExpectedShareFit): ExpectedActualRow['coefficients'] {
	return f.indicators.map((id, j) => ({ indicator: id, label: INDICATORS[id]?.label ?? id, coefficient: f.fit!.coef[j] }));
}

/** Expected versus actual for every category of one gemeente. */
export function expectedActualView(tables: SnapshotTables, code: string): ExpectedActualView {
	const lp = buildPanel(tables).gemeente;
	const name = nameOf(tables, code);
	const i = lp.index.get(code);
	const rows: ExpectedActualRow[] = [];
	for (const cat of CATEGORIES) {
		const label = CATEGORY_LABELS[cat];
		const empty = (status: ExpectedActualRow['status'], year: number | null, text: string, r2: number | null = null, n = 0): ExpectedActualRow => ({
			category: cat, label, year, status, actualShare: null, expectedShare: null, lower: null, upper: null,
			actualClients: null, expectedClients: null, deviation: null, flag: null, reason: text, r2, n, coefficients: []
		});
		// The latest year with a fit in which this gemeente has a deviation; else the latest fit.
		let fitYear = -1;
		let own = -1;
		for (let y = lp.nYears - 1; y >= 0 && own < 0; y--) {
			const f = expectedShareFit(lp, cat, y);
			if (!f.fit) continue;
			if (fitYear < 0) fitYear = y;
			if (i !== undefined && !Number.isNaN(f.deviation[i])) own = y;
		}
		if (fitYear < 0) {
			rows.push(empty('geen_model', null, `Geen verwachting voor ${label.toLowerCase()}: te weinig gemeenten met gegevens om de kenmerken op te schatten.`));
			continue;
		}
		if (own < 0 || i === undefined) {
			const f = expectedShareFit(lp, cat, fitYear);
			rows.push(empty('geen_gegevens', lp.years[fitYear], `${name} heeft voor ${label.toLowerCase()} geen (of minder dan 10) cliënten in de gegevens; er is niets te vergelijken.`, orNull(f.fit!.r2), f.fit!.n));
			continue;
		}
		const f = expectedShareFit(lp, cat, own);
		const k = i * lp.nYears + own;
		const actual = lp.clients[cat][k] / lp.pop[k];
		const dev = f.deviation[i];
		const expected = actual / Math.exp(dev);
		const lower = expected * Math.exp(quantile(f.deviation, 0.1));
		const upper = expected * Math.exp(quantile(f.deviation, 0.9));
		const flag: ExpectedFlag = actual > upper ? 'hoger' : actual < lower ? 'lager' : 'binnen';
		rows.push({
			category: cat,
			label,
			year: lp.years[own],
			status: 'ok',
			actualShare: actual,
			expectedShare: expected,
			lower,
			upper,
			actualClients: lp.clients[cat][k],
			expectedClients: expected * lp.pop[k],
			deviation: Math.exp(dev) - 1,
			flag,
			reason: null,
			r2: orNull(f.fit!.r2),
			n: f.fit!.n,
			coefficients: coefficientsOf(f)
		});
	}
	return { code, name, rows, method: EXPECTED_METHOD, caveat: CAVEAT };
}
