// Own counts next to CBS counts for the years (or half-years) both have.
import type { ClientRow } from '../snapshot/schema';
import type { LocalClientRow } from './types';

export interface ComparisonRow {
	level: 'wijk' | 'gemeente';
	code: string;
	category: string;
	period: string;
	own: number;
	cbs: number | null;
	/** own − cbs */
	difference: number | null;
	/** (own − cbs) / cbs; null when cbs is 0 or missing */
	relative: number | null;
	cbsStatus: ClientRow['status'];
}

/**
 * Pairs own rows with CBS rows of the same region, category and period. Only periods that CBS
 * has (any status) are returned. CBS rounds to multiples of 5, so a difference up to 2 is noise.
 */
export function compareWithCbs(own: LocalClientRow[], cbs: ClientRow[], opts: { codes?: string[] } = {}): ComparisonRow[] {
	const index = new Map<string, ClientRow>();
	for (const r of cbs) index.set(`${r.code}|${r.category}|${r.period}`, r);
	const codes = opts.codes ? new Set(opts.codes) : null;
	const out: ComparisonRow[] = [];
	for (const r of own) {
		if (codes && !codes.has(r.code)) continue;
		const c = index.get(`${r.code}|${r.category}|${r.period}`);
		if (!c) continue;
		const v = c.status === 'observed' ? c.clients : null;
		out.push({
			level: r.level,
			code: r.code,
			category: r.category,
			period: r.period,
			own: r.clients,
			cbs: v,
			difference: v == null ? null : r.clients - v,
			relative: v ? (r.clients - v) / v : null,
			cbsStatus: c.status
		});
	}
	return out.sort((a, b) => a.level.localeCompare(b.level) || a.code.localeCompare(b.code) || a.category.localeCompare(b.category) || a.period.localeCompare(b.period));
}

/** One line of the on-screen comparison: a gemeente's own row, or its wijken summed. */
export interface ComparisonLine {
	label: string;
	category: string;
	period: string;
	own: number;
	cbs: number | null;
	relative: number | null;
	/** For summed wijken: how many wijken CBS had a figure for (the sums cover those only). */
	wijken?: number;
}

/**
 * The comparison as a user reads it: each gemeente row, and per category and period the wijken
 * summed over those CBS reports (a wijk CBS suppressed would otherwise look like a difference).
 */
export function comparisonLines(rows: ComparisonRow[], nameOf: (code: string) => string): ComparisonLine[] {
	const lines: ComparisonLine[] = [];
	const wijken = new Map<string, ComparisonLine>();
	for (const r of rows) {
		if (r.level === 'gemeente') {
			lines.push({ label: nameOf(r.code), category: r.category, period: r.period, own: r.own, cbs: r.cbs, relative: r.relative });
			continue;
		}
		if (r.cbs == null) continue;
		const key = `${r.category}|${r.period}`;
		const w = wijken.get(key) ?? { label: 'Wijken samen', category: r.category, period: r.period, own: 0, cbs: 0, relative: null, wijken: 0 };
		w.own += r.own;
		w.cbs = (w.cbs ?? 0) + r.cbs;
		w.wijken = (w.wijken ?? 0) + 1;
		wijken.set(key, w);
	}
	for (const w of wijken.values()) lines.push({ ...w, relative: w.cbs ? (w.own - w.cbs) / w.cbs : null });
	return lines;
}
