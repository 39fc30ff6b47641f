// Runs the aggregation SQL on normalised records and builds the LocalDataSet parts: unique clients
// per gemeente/wijk × category × half-year and year, merge statistics, dropped records, consent.
import { DROP_LABELS, GENERIEK, MAIN_CATEGORIES, extraCategories } from '../codes';
import { consentRowsSql, consentSql, countSql, droppedSql, mergeSql, noConsentSql, personHalfSql, prepareSql, statsSql, typeMapSql, cleanupSql } from './sql';
import type { SqlRunner } from './runner';
import type { NormalizedRecords } from './normalize';
import type { DropReason, LocalClientRow, MergeRule, RecordStats } from '../types';

export const RULE_TEXT: Record<MergeRule, string> = {
	toewijzing:
		'Nieuwe CBS-regel (vanaf WMO2020BUSV2): records van dezelfde persoon met hetzelfde toewijzingsnummer en type zijn eerst samengevoegd; daarna zijn records samengevoegd bij gelijke gemeente, persoon, type en leveringsvorm als de perioden gelijk zijn, het ene record hooguit 3 dagen na het vorige begint, of het ene binnen het andere valt.',
	oud: 'Oude CBS-regel (er is geen kolom toewijzingsnummer): records zijn samengevoegd bij gelijk type, financieringsvorm en reden beëindiging als de perioden gelijk zijn of op elkaar aansluiten met een marge van 3 dagen.'
};

export interface AggregateOptions {
	from?: number;
	to?: number;
	/** the current date: open-ended voorzieningen run to the end of `to`, which defaults to this year */
	now?: Date;
	onProgress?: (step: string, fraction: number) => void;
}

export interface Aggregated {
	clients: LocalClientRow[];
	stats: RecordStats;
	rule: MergeRule;
	ruleText: string;
	consentNote: string;
	from: number;
	to: number;
	extraCategories: Array<{ id: string; label: string }>;
}

const n = (v: unknown) => Number(v ?? 0);

export async function aggregateRecords(runner: SqlRunner, recs: NormalizedRecords, opts: AggregateOptions = {}): Promise<Aggregated> {
	const t0 = Date.now();
	const timings: Record<string, number> = {};
	let last = Date.now();
	const step = (s: string, f: number) => {
		const now = Date.now();
		timings[s] = now - last;
		last = now;
		opts.onProgress?.(s, f);
	};
	const fileName = `wmo_in_${Date.now().toString(36)}.csv`;
	const path = await runner.putFile(fileName, recs.csv);
	try {
		step('bestand', 0.1);
		await runner.exec(typeMapSql());
		const r = recs.range;
		const thisYear = (opts.now ?? new Date()).getUTCFullYear();
		const from = opts.from ?? (r.vbFrom != null ? r.vbFrom : Math.max(2015, n(r.bFrom)));
		const to = opts.to ?? (r.veTo != null ? r.veTo : Math.min(thisYear, Math.max(from, n(r.eTo))));
		const rule: MergeRule = recs.has.toew ? 'toewijzing' : 'oud';
		await runner.exec(prepareSql(path, from, to, rule));
		step('inlezen', 0.3);
		await runner.exec(consentSql(recs.has.consent));
		const noConsent = noConsentSql(recs.has.consent);
		if (noConsent) await runner.exec(noConsent);
		step('perioden', 0.4);
		await runner.exec(personHalfSql(recs.has.consent));
		step('personen', 0.55);
		await runner.exec(mergeSql(rule));
		step('samenvoegen', 0.7);
		const counted = await runner.query(countSql(recs.has.wijk));
		step('tellen', 0.8);
		const statsRows = await runner.query(statsSql());
		const dropRows = await runner.query(droppedSql);
		const consentRows = recs.has.consent ? await runner.query(consentRowsSql) : [];
		step('klaar', 1);
		const clients: LocalClientRow[] = counted.map((c) => {
			const y = n(c.y);
			const h = n(c.h);
			return { level: c.level as 'wijk' | 'gemeente', code: String(c.code), category: String(c.category), period: h ? `${y}H${h}` : String(y), year: y, half: h, clients: n(c.clients) };
		});
		const stat = new Map(statsRows.map((s) => [String(s.category), s]));
		const perCategory = [...MAIN_CATEGORIES.map((c) => c.id), ...extraCategories().map((c) => c.id)]
			.filter((id) => stat.has(id))
			.map((id) => {
				const s = stat.get(id)!;
				return { category: id, recordsIn: n(s.records_in), recordsUsed: n(s.records_used), trajectories: n(s.trajectories), persons: n(s.persons) };
			});
		const dropped = dropRows.map((d) => ({ reason: d.reason as DropReason, label: DROP_LABELS[d.reason as DropReason], records: n(d.records) }));
		const droppedTotal = dropped.reduce((a, d) => a + d.records, 0);
		const g = stat.get(GENERIEK.id);
		const stats: RecordStats = {
			recordsRead: recs.read,
			recordsUsed: recs.rows - droppedTotal,
			dropped,
			perCategory,
			generiek: { records: g ? n(g.records_in) : 0, persons: g ? n(g.persons) : 0 },
			millis: Date.now() - t0,
			timings
		};
		const present = new Set(clients.map((c) => c.category));
		return {
			clients,
			stats,
			rule,
			ruleText: RULE_TEXT[rule],
			consentNote: consentNote(recs.has.consent, consentRows),
			from,
			to,
			extraCategories: extraCategories().filter((c) => present.has(c.id))
		};
	} finally {
		await runner.exec(cleanupSql).catch(() => undefined);
		await runner.dropFile(fileName).catch(() => undefined);
	}
}

function consentNote(has: boolean, rows: Array<Record<string, unknown>>): string {
	if (!has) return 'Het bestand heeft geen kolom ToestemmingWmo: alle perioden zijn geteld (eigen gegevens van de gemeente, geen publicatietoestemming nodig).';
	const limited = rows.filter((r) => !(r.h1 && r.h2));
	if (!limited.length) return 'ToestemmingWmo: toestemming voor beide halfjaren in alle jaren; alle perioden zijn geteld.';
	const parts = limited.map((r) => `${r.gemeente} ${r.y}: ${r.h1 ? 'alleen 1e halfjaar' : r.h2 ? 'alleen 2e halfjaar' : 'geen toestemming'}`);
	return `ToestemmingWmo beperkt de perioden: ${parts.join('; ')}. Een jaar is alleen geteld met toestemming voor beide halfjaren.`;
}
