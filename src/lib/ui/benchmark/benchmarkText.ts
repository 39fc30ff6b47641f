// Pure helpers of the benchmark panel: the Dutch sentences, the bar geometry of the peer chart, the
// cost-per-client input and the CSV columns of the two exportable tables. No DOM.

import type { DistributionRow, ExpectedActualRow, PeerBar, PeerRow } from '$lib/view/benchmark';
import { toCsv, type CsvColumn } from '$lib/ui/exportCsv';
import { formatCount, formatShare, isNum } from '$lib/view/format';

/** The plain-Dutch flag of one expected-versus-actual row: a correlation, never a judgement. */
export function expectedSentence(r: ExpectedActualRow, name: string): string {
	if (r.status !== 'ok' || !isNum(r.actualShare)) return r.reason ?? 'Geen vergelijking mogelijk.';
	const range = `${formatShare(r.lower)} tot ${formatShare(r.upper)}`;
	if (r.flag === 'binnen') {
		return `${name} heeft ${formatShare(r.actualShare)} cliënten per inwoner; bij gemeenten met vergelijkbare kenmerken is dat meestal ${range}. Dat valt binnen wat de kenmerken voorspellen.`;
	}
	const word = r.flag === 'hoger' ? 'hoger' : 'lager';
	return `${name} heeft ${formatShare(r.actualShare)} cliënten per inwoner: ${word} dan bij 8 op de 10 gemeenten met vergelijkbare kenmerken (${range}). Dat is een samenhang, geen oordeel: het verschil kan komen door bijvoorbeeld beleid, toegang, registratie of lokale omstandigheden die deze kenmerken niet meten.`;
}

export const FLAG_LABELS = { hoger: 'Hoger dan verwacht', lager: 'Lager dan verwacht', binnen: 'Binnen verwachting' } as const;

export interface BarGeom {
	bar: PeerBar;
	y: number;
	width: number;
	label: string;
}

/** Horizontal bars scaled to the largest share; missing shares get width 0 and the label "–". */
export function barLayout(bars: readonly PeerBar[], maxWidth: number, rowHeight: number): BarGeom[] {
	const max = Math.max(0, ...bars.map((b) => (isNum(b.share) ? b.share : 0)));
	return bars.map((bar, i) => ({
		bar,
		y: i * rowHeight,
		width: isNum(bar.share) && max > 0 ? (bar.share / max) * maxWidth : 0,
		label: formatShare(bar.share, 2)
	}));
}

/** Chart summary for screen readers. */
export function chartLabel(categoryLabel: string, year: number, bars: readonly PeerBar[]): string {
	const parts = bars.map((b) => `${b.name} ${formatShare(b.share, 2)}`);
	return `Staafdiagram ${categoryLabel}, cliënten per inwoner ${year}, van hoog naar laag: ${parts.join('; ')}.`;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string };

/** Cost per client as typed ("1.250", "1250,50", "" = none). */
export function parseCost(text: string): Parsed<number | null> {
	const t = text.trim().replace(/^€\s*/, '');
	if (t === '') return { ok: true, value: null };
	const norm = t.replace(/\./g, '').replace(',', '.');
	const v = /^\d+(\.\d+)?$/.test(norm) ? Number(norm) : NaN;
	if (!(v > 0) || !Number.isFinite(v)) {
		return { ok: false, problem: `Fout in kosten per cliënt: "${text}" is geen bedrag boven 0. Oplossing: vul een bedrag in euro in, bijvoorbeeld 2.500, of laat het veld leeg om cliënten te tellen.` };
	}
	return { ok: true, value: v };
}

/** Peer table export: gemeente, distance, inhabitants, share, forecast growth. */
export function peerTableCsv(
	rows: readonly PeerRow[],
	share: (code: string) => number | null,
	growth: (code: string) => number | null,
	categoryLabel: string
): string {
	const pct = (v: number | null) => (isNum(v) ? Math.round(v * 10000) / 100 : null);
	const columns: CsvColumn<PeerRow>[] = [
		{ header: 'Code', value: (r) => r.code },
		{ header: 'Gemeente', value: (r) => r.name },
		{ header: 'Afstand (sd)', value: (r) => r.distance },
		{ header: 'Inwoners', value: (r) => (isNum(r.inhabitants) ? Math.round(r.inhabitants) : null) },
		{ header: `Cliënten per inwoner ${categoryLabel} (%)`, value: (r) => pct(share(r.code)) },
		{ header: 'Prognosegroei (%)', value: (r) => pct(growth(r.code)) }
	];
	return toCsv(rows, columns);
}

/** Distribution table export, like table 4.2. */
export function distributionCsv(rows: readonly DistributionRow[], unitLabel: string): string {
	const columns: CsvColumn<DistributionRow>[] = [
		{ header: 'Maatstaf', value: (r) => r.label },
		{ header: 'Bron in de snapshot', value: (r) => r.source },
		// Per 1.000 units, so the two decimals of a CSV number keep the weight readable (0,0188 → 18,8).
		{ header: `${unitLabel} per 1.000 eenheden`, value: (r) => r.weight * 1000 },
		{ header: 'Volume', value: (r) => Math.round(r.volume) },
		{ header: `Verdeeld (${unitLabel})`, value: (r) => Math.round(r.amount) },
		{ header: 'Aandeel (%)', value: (r) => Math.round(r.share * 1000) / 10 }
	];
	return toCsv(rows, columns);
}

/** "1.234 cliënten" or "€ 1.234". */
export function amountText(v: number | null | undefined, target: 'clients' | 'euro'): string {
	if (!isNum(v)) return formatCount(v);
	return target === 'euro' ? `€ ${formatCount(v)}` : formatCount(v);
}
