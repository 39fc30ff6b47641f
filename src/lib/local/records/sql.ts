// The aggregation of Wmo records, as SQL text. The SAME statements run in Node (@duckdb/node-api, the
// tests) and in the browser (DuckDB-WASM): only the way the normalised CSV reaches DuckDB differs
// (a temp file vs registerFileBuffer), and both pass its name to `prepareSql`.
//
// The CSV is all small integers where it can be (person number, type code, gemeente 344, wijk
// 34401, dates as JJJJMMDD numbers, financieringsvorm, reden and toewijzingsnummer numbered with 0
// for empty), because parsing and grouping integers is what a single-threaded
// DuckDB-WASM does fastest. JJJJMMDD numbers sort like the dates, so only the 3-day rule of the
// merge needs real dates.
//
// Tables: wmo_rec (one scan of the CSV: effective period as half-year indexes, category mask, drop
// reason) → wmo_consent (per gemeente × year) → wmo_ch (halves with consent) → wmo_pc (person ×
// gemeente × wijk × half-year, OR of category masks) → counts by summing mask bits; wmo_traj holds
// the trajectories after merging (merge statistics).
import { typeCategoryPairs } from '../codes';
import type { MergeRule } from '../types';

export const RECORD_COLUMNS = {
	person: 'INTEGER',
	type: 'INTEGER',
	gemeente: 'INTEGER',
	wijk: 'INTEGER',
	vb: 'INTEGER',
	ve: 'INTEGER',
	b: 'INTEGER',
	e: 'INTEGER',
	fin: 'INTEGER',
	reden: 'INTEGER',
	consent: 'INTEGER',
	toew: 'INTEGER',
	lev: 'VARCHAR'
} as const;
export const RECORD_COLUMN_NAMES = Object.keys(RECORD_COLUMNS) as Array<keyof typeof RECORD_COLUMNS>;

function lit(s: string): string {
	return `'${s.replaceAll("'", "''")}'`;
}
function year(n: number): number {
	if (!Number.isInteger(n) || n < 1900 || n > 2200) throw new Error(`bad year ${n}`);
	return n;
}

/** The categories in bit order: bit i of a mask means the i-th category. */
export function categoryBits(): string[] {
	return [...new Set(typeCategoryPairs().map(([, c]) => c))].sort();
}

/** Type code (as number) → mask of the categories it counts in. */
function typeMasks(): Map<number, number> {
	const bits = categoryBits();
	const m = new Map<number, number>();
	for (const [t, c] of typeCategoryPairs()) m.set(Number(t), (m.get(Number(t)) ?? 0) + 2 ** bits.indexOf(c));
	return m;
}

/** Type code → category pairs, and the category bits, as small tables for the statistics. */
export function typeMapSql(): string {
	const values = typeCategoryPairs().map(([t, c]) => `(${Number(t)}, ${lit(c)})`).join(', ');
	const cats = categoryBits().map((c, i) => `(${lit(c)}, ${i})`).join(', ');
	return `CREATE OR REPLACE TABLE wmo_typemap AS SELECT * FROM (VALUES ${values}) t(type, category);
CREATE OR REPLACE TABLE wmo_cats AS SELECT * FROM (VALUES ${cats}) t(category, bit);`;
}

const half = (d: string) => `(${d} // 10000 * 2 + (${d} // 100 % 100 > 6)::INTEGER)::INTEGER`;

/**
 * wmo_rec: each record of the normalised CSV (read once, here) with its effective counting
 * interval [eb, ee]: the voorziening's own begin–end, within the record's geldigheid when given,
 * within the years from..to, as JJJJMMDD numbers and as half-year indexes hb..he (year × 2, +1 for
 * the second half). Open ends run to the end of `to`. drop_reason is set for records that cannot be
 * counted; a type outside the code list has no mask. Only the text columns the merge `rule` uses
 * are kept: storing a million strings is a large part of this step.
 */
export function prepareSql(path: string, from: number, to: number, rule: MergeRule): string {
	const f = year(from) * 10000 + 101;
	const t = year(to) * 10000 + 1231;
	const cols = Object.entries(RECORD_COLUMNS).map(([n, ty]) => `'${n}': '${ty}'`).join(', ');
	const mask = `CASE type ${[...typeMasks()].map(([k, m]) => `WHEN ${k} THEN ${m}`).join(' ')} END::BIGINT`;
	return `CREATE OR REPLACE TABLE wmo_rec AS
SELECT person, type, gemeente, wijk, b, e_open, ${rule === 'toewijzing' ? 'toew, lev' : 'fin, reden'}, consent, mask, eb, ee, ${half('eb')} AS hb, ${half('ee')} AS he,
	CASE WHEN mask IS NULL THEN 'onbekend_type'
		WHEN e IS NOT NULL AND e < b THEN 'eind_voor_begin'
		WHEN eb > ee THEN 'buiten_periode'
		ELSE NULL END AS drop_reason
FROM (
	SELECT *, coalesce(e, 99991231) AS e_open, greatest(b, coalesce(vb, b), ${f}) AS eb,
		least(coalesce(e, 99991231), coalesce(ve, 99991231), ${t}) AS ee, ${mask} AS mask
	FROM read_csv(${lit(path)}, header = true, delim = ',', quote = '"', escape = '"', auto_detect = false, columns = {${cols}})
);`;
}

/**
 * wmo_consent: per gemeente × year, may the first and second half be used? With ToestemmingWmo
 * (1 = alleen 1e halfjaar, 2 = alleen 2e, 3 = beide) the gemeente-year takes the value most of its
 * records carry; a record with an empty or other value gives no consent. Without the column every
 * half counts. wmo_ch lists the halves that may be used (hi as in wmo_rec).
 */
export function consentSql(hasConsent: boolean): string {
	const years = `SELECT gemeente, consent, unnest(generate_series(eb // 10000, ee // 10000)) AS y FROM wmo_rec WHERE drop_reason IS NULL`;
	const consent = hasConsent
		? `CREATE OR REPLACE TABLE wmo_consent AS
SELECT gemeente, y::INTEGER AS y, code IN (1, 3) AS h1, code IN (2, 3) AS h2, code
FROM (
	SELECT gemeente, y, coalesce(mode(CASE WHEN consent IN (1, 2, 3) THEN consent END), 0) AS code
	FROM (${years})
	GROUP BY gemeente, y
);`
		: `CREATE OR REPLACE TABLE wmo_consent AS
SELECT gemeente, y::INTEGER AS y, true AS h1, true AS h2, NULL::INTEGER AS code FROM (SELECT DISTINCT gemeente, y FROM (${years}));`;
	return `${consent}
CREATE OR REPLACE TABLE wmo_ch AS
SELECT gemeente, (y * 2 + h - 1)::INTEGER AS hi FROM wmo_consent, (VALUES (1), (2)) t(h) WHERE (h = 1 AND h1) OR (h = 2 AND h2);`;
}

/**
 * Marks records with no consented half in hb..he as dropped for lack of consent: wmo_next holds,
 * per gemeente and half, the first consented half from there on, so one equi-join per record
 * decides. Without the column every half counts, so no record can lack a consented half.
 */
export function noConsentSql(hasConsent: boolean): string {
	if (!hasConsent) return '';
	return `CREATE OR REPLACE TABLE wmo_next AS
SELECT s.gemeente, s.hi, min(c.hi) OVER (PARTITION BY s.gemeente ORDER BY s.hi DESC ROWS UNBOUNDED PRECEDING) AS nxt
FROM (SELECT gemeente, unnest(generate_series(lo, up))::INTEGER AS hi FROM (SELECT gemeente, min(y) * 2 AS lo, max(y) * 2 + 1 AS up FROM wmo_consent GROUP BY gemeente)) s
LEFT JOIN wmo_ch c ON c.gemeente = s.gemeente AND c.hi = s.hi;
UPDATE wmo_rec SET drop_reason = 'geen_toestemming' FROM wmo_next n
WHERE wmo_rec.drop_reason IS NULL AND n.gemeente = wmo_rec.gemeente AND n.hi = wmo_rec.hb AND (n.nxt IS NULL OR n.nxt > wmo_rec.he);`;
}

/** wmo_pc: one row per person × gemeente × wijk × consented half-year, with the OR of the category
 * masks of the records running in it. The record × half-year rows are never stored. */
export const personHalfSql = (hasConsent: boolean): string => `CREATE OR REPLACE TABLE wmo_pc AS
SELECT r.person, r.gemeente, r.wijk, r.hi, bit_or(r.mask) AS mask
FROM (SELECT person, gemeente, wijk, mask, unnest(generate_series(hb, he))::INTEGER AS hi FROM wmo_rec WHERE drop_reason IS NULL) r
${hasConsent ? 'JOIN wmo_ch c ON c.gemeente = r.gemeente AND c.hi = r.hi' : ''}
GROUP BY r.person, r.gemeente, r.wijk, r.hi;`;

/** Counts per category of the per-person masks `m` in `rows`, grouped by `keys`: the rows are first
 * grouped by mask (persons share a few hundred masks), then one weighted sum per category bit runs
 * over those groups; then one row per category with a count above zero. */
function perCategory(rows: string, keys: string): string {
	const sums = categoryBits().map((_, i) => `sum(((m >> ${i}) & 1) * n)`).join(', ');
	return `SELECT ${keys}, c.category, x.clients FROM (
	SELECT ${keys}, unnest(range(${categoryBits().length}))::INTEGER AS bit, unnest(cnt) AS clients FROM (
		SELECT ${keys}, [${sums}] AS cnt FROM (SELECT ${keys}, m, count(*) AS n FROM (${rows}) GROUP BY ${keys}, m) GROUP BY ${keys}
	)
) x JOIN wmo_cats c USING (bit) WHERE x.clients > 0`;
}

const YEAR_OK = `JOIN (SELECT gemeente, y FROM wmo_consent WHERE h1 AND h2) k ON k.gemeente = p.gemeente AND k.y = p.hi // 2`;

/**
 * Unique clients per gemeente (and wijk), category, half-year and year. A year is only reported
 * for a gemeente-year with consent for both halves. Each level is one integer GROUP BY per person
 * (lv 0 = gemeente, 1 = wijk), then the bit counts of perCategory, which avoids count(DISTINCT) over
 * millions of person × category rows. Rows: level, code, category, y, h (0 = year), clients.
 */
export function countSql(withWijk: boolean): string {
	const parts = [
		`SELECT 0 AS lv, gemeente AS code, hi // 2 AS y, hi % 2 + 1 AS h, bit_or(mask) AS m FROM wmo_pc GROUP BY person, gemeente, hi`,
		`SELECT 0 AS lv, p.gemeente AS code, p.hi // 2 AS y, 0 AS h, bit_or(p.mask) AS m FROM wmo_pc p ${YEAR_OK} GROUP BY p.person, p.gemeente, p.hi // 2`
	];
	if (withWijk)
		parts.push(
			`SELECT 1 AS lv, wijk AS code, hi // 2 AS y, hi % 2 + 1 AS h, mask AS m FROM wmo_pc WHERE wijk IS NOT NULL`,
			`SELECT 1 AS lv, p.wijk AS code, p.hi // 2 AS y, 0 AS h, bit_or(p.mask) AS m FROM wmo_pc p ${YEAR_OK} WHERE p.wijk IS NOT NULL GROUP BY p.person, p.wijk, p.hi // 2`
		);
	return `SELECT CASE lv WHEN 0 THEN 'gemeente' ELSE 'wijk' END AS level,
	CASE lv WHEN 0 THEN 'GM' || lpad(code::VARCHAR, 4, '0') ELSE 'WK' || lpad(code::VARCHAR, 6, '0') END AS code,
	category, y::INTEGER AS y, h::INTEGER AS h, clients::INTEGER AS clients
FROM (${perCategory(parts.join('\nUNION ALL\n'), 'lv, code, y, h')}) ORDER BY level, code, category, y, h;`;
}

/**
 * wmo_traj: the records used, merged into trajectories by the rule the columns allow (seed 003).
 * 'toewijzing' (from WMO2020BUSV2): records of the same person, toewijzingsnummer and type are merged
 * first; then records with equal gemeente, person, type and leveringsvorm are merged when their
 * periods are equal, the next starts at most 3 days after the previous ends, or one lies within the
 * other. 'oud' (older versions, no toewijzingsnummer): equal type, financieringsvorm and reden
 * beëindiging, and periods equal or adjoining within 3 days. Partly overlapping periods are not
 * merged by either rule, as the seed's text says. Output: type, records, trajectories.
 */
export function mergeSql(rule: MergeRule): string {
	const date = (d: string) => `make_date(${d} // 10000, ${d} // 100 % 100, ${d} % 100)`;
	if (rule === 'toewijzing')
		return `CREATE OR REPLACE TABLE wmo_traj AS
WITH s1 AS (
	SELECT gemeente, person, type, min(coalesce(lev, '')) AS lev, min(b) AS b, max(e_open) AS e, count(*) AS n
	FROM wmo_rec WHERE drop_reason IS NULL AND toew <> 0
	GROUP BY gemeente, person, toew, type
	UNION ALL
	SELECT gemeente, person, type, coalesce(lev, ''), b, e_open, 1
	FROM wmo_rec WHERE drop_reason IS NULL AND toew = 0
), o AS (
	SELECT type, n, b, e, max(e) OVER (PARTITION BY gemeente, person, type, lev ORDER BY b, e ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS prev_e
	FROM s1
)
SELECT type, sum(n)::INTEGER AS records, sum(CASE
		WHEN prev_e IS NULL THEN 1
		WHEN e <= prev_e THEN 0
		WHEN b >= prev_e AND ${date('b')} <= ${date('prev_e')} + 3 THEN 0
		ELSE 1 END)::INTEGER AS trajectories
FROM o GROUP BY type;`;
	return `CREATE OR REPLACE TABLE wmo_traj AS
WITH o AS (
	SELECT type, b, e_open AS e, lag(b) OVER w AS prev_b, lag(e_open) OVER w AS prev_e
	FROM wmo_rec WHERE drop_reason IS NULL
	WINDOW w AS (PARTITION BY gemeente, person, type, fin, reden ORDER BY b, e_open)
)
SELECT type, count(*)::INTEGER AS records, sum(CASE
		WHEN prev_e IS NULL THEN 1
		WHEN b = prev_b AND e = prev_e THEN 0
		WHEN b >= prev_e AND ${date('b')} <= ${date('prev_e')} + 3 THEN 0
		ELSE 1 END)::INTEGER AS trajectories
FROM o GROUP BY type;`;
}

/** Merge statistics per category: records read, used, trajectories (types summed), persons. */
export function statsSql(): string {
	return `WITH
	rin AS (SELECT t.category, sum(r.n) AS n FROM (SELECT type, count(*) AS n FROM wmo_rec GROUP BY type) r JOIN wmo_typemap t USING (type) GROUP BY t.category),
	pers AS (${perCategory(`SELECT 0 AS k, bit_or(mask) AS m FROM wmo_pc GROUP BY person`, 'k')}),
	tr AS (SELECT t.category, sum(x.records) AS ru, sum(x.trajectories) AS tj FROM wmo_traj x JOIN wmo_typemap t USING (type) GROUP BY t.category)
SELECT c.category, coalesce(rin.n, 0)::INTEGER AS records_in, coalesce(tr.ru, 0)::INTEGER AS records_used,
	coalesce(tr.tj, 0)::INTEGER AS trajectories, coalesce(pers.clients, 0)::INTEGER AS persons
FROM (SELECT DISTINCT category FROM wmo_typemap) c
LEFT JOIN rin USING (category) LEFT JOIN pers USING (category) LEFT JOIN tr USING (category)
ORDER BY c.category;`;
}

export const droppedSql = `SELECT drop_reason AS reason, count(*)::INTEGER AS records FROM wmo_rec WHERE drop_reason IS NOT NULL GROUP BY drop_reason ORDER BY drop_reason;`;

export const consentRowsSql = `SELECT 'GM' || lpad(gemeente::VARCHAR, 4, '0') AS gemeente, y, code, h1, h2 FROM wmo_consent ORDER BY gemeente, y;`;

export const cleanupSql = `DROP TABLE IF EXISTS wmo_pc; DROP TABLE IF EXISTS wmo_next; DROP TABLE IF EXISTS wmo_ch; DROP TABLE IF EXISTS wmo_cats; DROP TABLE IF EXISTS wmo_traj; DROP TABLE IF EXISTS wmo_consent; DROP TABLE IF EXISTS wmo_rec; DROP TABLE IF EXISTS wmo_typemap;`;
