// The aggregation of Wmo records, as SQL text. The SAME statements run in Node (@duckdb/node-api, the
// tests) and in the browser (DuckDB-WASM): only the way the normalised CSV reaches DuckDB differs
// (a temp file vs registerFileText), and both pass its name to `loadSql`.
//
// Tables: wmo_in (normalised records) → wmo_rec (effective period, drop reason) → wmo_consent
// (halves with publication consent per gemeente × year) → wmo_half (record × allowed half-year)
// → counts; wmo_traj holds the trajectories after merging (merge statistics).
import { typeCategoryPairs } from '../codes';
import type { MergeRule } from '../types';

export const RECORD_COLUMNS = {
	rid: 'INTEGER',
	line: 'INTEGER',
	person: 'INTEGER',
	type: 'VARCHAR',
	gemeente: 'VARCHAR',
	wijk: 'VARCHAR',
	vb: 'DATE',
	ve: 'DATE',
	b: 'DATE',
	e: 'DATE',
	fin: 'VARCHAR',
	reden: 'VARCHAR',
	consent: 'INTEGER',
	toew: 'VARCHAR',
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

/** The normalised CSV (written by normalize.ts, dates as JJJJMMDD) as view wmo_in: it is scanned
 * once, by prepareSql, instead of being copied into a table first. */
export function loadSql(path: string): string {
	const cols = Object.entries(RECORD_COLUMNS).map(([n, t]) => `'${n}': '${t}'`).join(', ');
	return `CREATE OR REPLACE VIEW wmo_in AS SELECT * FROM read_csv(${lit(path)}, header = true, delim = ',', quote = '"', escape = '"', auto_detect = false, dateformat = '%Y%m%d', columns = {${cols}});`;
}

/** Type code → category pairs (totaal, the GMSD category, the per-type subcategory). */
export function typeMapSql(): string {
	const values = typeCategoryPairs().map(([t, c]) => `(${lit(t)}, ${lit(c)})`).join(', ');
	return `CREATE OR REPLACE TABLE wmo_typemap AS SELECT * FROM (VALUES ${values}) t(type, category);`;
}

/** The data's own year range: geldigheid when given, otherwise begin/end dates (open ends to `maxYear`). */
export const rangeSql = `SELECT
	min(year(vb))::INTEGER AS vb_from, max(year(ve))::INTEGER AS ve_to,
	min(year(b))::INTEGER AS b_from, max(year(coalesce(e, b)))::INTEGER AS e_to,
	count(*)::INTEGER AS n FROM wmo_in;`;

/**
 * wmo_rec: each record with its effective counting interval [eb, ee]: the voorziening's own
 * begin–end, within the record's geldigheid when given, within the years from..to. Open ends run to
 * the end of `to`. drop_reason is set for records that cannot be counted.
 */
export function prepareSql(from: number, to: number): string {
	const f = `DATE '${year(from)}-01-01'`;
	const t = `DATE '${year(to)}-12-31'`;
	return `CREATE OR REPLACE TABLE wmo_rec AS
WITH r AS (
	SELECT *, coalesce(e, DATE '9999-12-31') AS e_open,
		greatest(b, coalesce(vb, b), ${f}) AS eb,
		least(coalesce(e, DATE '9999-12-31'), coalesce(ve, DATE '9999-12-31'), ${t}) AS ee
	FROM wmo_in
)
SELECT *, CASE
		WHEN type NOT IN (SELECT type FROM wmo_typemap) THEN 'onbekend_type'
		WHEN e IS NOT NULL AND e < b THEN 'eind_voor_begin'
		WHEN eb > ee THEN 'buiten_periode'
		ELSE NULL END AS drop_reason
FROM r;`;
}

/**
 * wmo_consent: per gemeente × year, may the first and second half be used? With ToestemmingWmo
 * (1 = alleen 1e halfjaar, 2 = alleen 2e, 3 = beide) the gemeente-year takes the value most of its
 * records carry; a record with an empty or other value gives no consent. Without the column every
 * half counts.
 */
export function consentSql(hasConsent: boolean): string {
	if (!hasConsent)
		return `CREATE OR REPLACE TABLE wmo_consent AS
SELECT gemeente, y::INTEGER AS y, true AS h1, true AS h2, NULL::INTEGER AS code
FROM (SELECT DISTINCT gemeente, unnest(generate_series(year(eb), year(ee))) AS y FROM wmo_rec WHERE drop_reason IS NULL);`;
	return `CREATE OR REPLACE TABLE wmo_consent AS
SELECT gemeente, y::INTEGER AS y, code IN (1, 3) AS h1, code IN (2, 3) AS h2, code
FROM (
	SELECT gemeente, y, coalesce(mode(CASE WHEN consent IN (1, 2, 3) THEN consent END), 0) AS code
	FROM (SELECT gemeente, consent, unnest(generate_series(year(eb), year(ee))) AS y FROM wmo_rec WHERE drop_reason IS NULL)
	GROUP BY gemeente, y
);`;
}

/** wmo_half: one row per record × half-year it runs in, for halves with consent; then marks
 * records with no such half as dropped for lack of consent. */
export const halfSql = (hasConsent: boolean): string => `CREATE OR REPLACE TABLE wmo_half AS
SELECT r.rid, r.person, r.gemeente, r.wijk, r.type, (r.hi // 2)::INTEGER AS y, (r.hi % 2 + 1)::INTEGER AS h, (c.h1 AND c.h2) AS year_ok
FROM (
	SELECT rid, person, gemeente, wijk, type,
		unnest(generate_series(year(eb) * 2 + (month(eb) > 6)::INTEGER, year(ee) * 2 + (month(ee) > 6)::INTEGER)) AS hi
	FROM wmo_rec WHERE drop_reason IS NULL
) r
JOIN wmo_consent c ON c.gemeente = r.gemeente AND c.y = r.hi // 2
WHERE (r.hi % 2 = 0 AND c.h1) OR (r.hi % 2 = 1 AND c.h2);${
	// without consent every half counts, so no record can lack a consented half
	hasConsent
		? `
UPDATE wmo_rec SET drop_reason = 'geen_toestemming'
WHERE drop_reason IS NULL AND rid NOT IN (SELECT DISTINCT rid FROM wmo_half);`
		: ''
}`;

/**
 * Unique clients per gemeente (and wijk), category, half-year and year. A year is only reported
 * for a gemeente-year with consent for both halves.
 *
 * Categories become bits: each type carries a mask of the categories it counts in (wmo_typemask),
 * wmo_pc holds one row per person × gemeente × wijk × half-year with the OR of its masks, and each
 * level is one integer GROUP BY followed by a bit test per category. This avoids count(DISTINCT)
 * over millions of person × category rows. Rows: level, code, category, y, h (0 = year), clients.
 */
export const personCategorySql = `CREATE OR REPLACE TABLE wmo_cats AS
SELECT category, (row_number() OVER (ORDER BY category) - 1)::INTEGER AS bit FROM (SELECT DISTINCT category FROM wmo_typemap);
CREATE OR REPLACE TABLE wmo_typemask AS
SELECT t.type, bit_or((1::BIGINT) << c.bit) AS mask FROM wmo_typemap t JOIN wmo_cats c USING (category) GROUP BY t.type;
CREATE OR REPLACE TABLE wmo_pc AS
SELECT h.person, h.gemeente, h.wijk, h.y, h.h, bool_and(h.year_ok) AS year_ok, bit_or(m.mask) AS mask
FROM wmo_half h JOIN wmo_typemask m USING (type)
GROUP BY h.person, h.gemeente, h.wijk, h.y, h.h;`;

function perCategory(level: 'gemeente' | 'wijk', codeCol: string, half: boolean, inner: string): string {
	return `SELECT '${level}' AS level, x.${codeCol} AS code, c.category, x.y, ${half ? 'x.h' : '0'} AS h, count(*) AS clients
	FROM (${inner}) x JOIN wmo_cats c ON ((x.mask >> c.bit) & 1) = 1
	GROUP BY x.${codeCol}, c.category, x.y${half ? ', x.h' : ''}`;
}

export function countSql(withWijk: boolean): string {
	const parts = [
		perCategory('gemeente', 'gemeente', true, `SELECT person, gemeente, y, h, bit_or(mask) AS mask FROM wmo_pc GROUP BY person, gemeente, y, h`),
		perCategory('gemeente', 'gemeente', false, `SELECT person, gemeente, y, bit_or(mask) AS mask FROM wmo_pc WHERE year_ok GROUP BY person, gemeente, y`)
	];
	if (withWijk)
		parts.push(
			perCategory('wijk', 'wijk', true, `SELECT person, wijk, y, h, mask FROM wmo_pc WHERE wijk IS NOT NULL`),
			perCategory('wijk', 'wijk', false, `SELECT person, wijk, y, bit_or(mask) AS mask FROM wmo_pc WHERE year_ok AND wijk IS NOT NULL GROUP BY person, wijk, y`)
		);
	return `SELECT level, code, category, y::INTEGER AS y, h::INTEGER AS h, clients::INTEGER AS clients FROM (${parts.join('\nUNION ALL\n')}) ORDER BY level, code, category, y, h;`;
}

/**
 * wmo_traj: the records used, merged into trajectories by the rule the columns allow (seed 003).
 * 'toewijzing' (from WMO2020BUSV2): records of the same person, toewijzingsnummer and type are merged
 * first; then records with equal gemeente, person, type and leveringsvorm are merged when their
 * periods are equal, the next starts at most 3 days after the previous ends, or one lies within the
 * other. 'oud' (older versions, no toewijzingsnummer): equal type, financieringsvorm and reden
 * beëindiging, and periods equal or adjoining within 3 days. Partly overlapping periods are not
 * merged by either rule, as the seed's text says. Output: type, records, trajectories, persons.
 */
export function mergeSql(rule: MergeRule): string {
	if (rule === 'toewijzing')
		return `CREATE OR REPLACE TABLE wmo_traj AS
WITH s1 AS (
	SELECT gemeente, person, type, min(coalesce(lev, '')) AS lev, min(b) AS b, max(e_open) AS e, count(*) AS n
	FROM wmo_rec WHERE drop_reason IS NULL AND toew IS NOT NULL AND toew <> ''
	GROUP BY gemeente, person, toew, type
	UNION ALL
	SELECT gemeente, person, type, coalesce(lev, ''), b, e_open, 1
	FROM wmo_rec WHERE drop_reason IS NULL AND (toew IS NULL OR toew = '')
), o AS (
	SELECT *, max(e) OVER (PARTITION BY gemeente, person, type, lev ORDER BY b, e ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS prev_e
	FROM s1
)
SELECT type, sum(n)::INTEGER AS records, sum(CASE
		WHEN prev_e IS NULL THEN 1
		WHEN e <= prev_e THEN 0
		WHEN b >= prev_e AND b <= prev_e + 3 THEN 0
		ELSE 1 END)::INTEGER AS trajectories,
	count(DISTINCT person)::INTEGER AS persons
FROM o GROUP BY type;`;
	return `CREATE OR REPLACE TABLE wmo_traj AS
WITH o AS (
	SELECT gemeente, person, type, b, e_open AS e,
		lag(b) OVER w AS prev_b, lag(e_open) OVER w AS prev_e
	FROM wmo_rec WHERE drop_reason IS NULL
	WINDOW w AS (PARTITION BY gemeente, person, type, coalesce(fin, ''), coalesce(reden, '') ORDER BY b, e_open)
)
SELECT type, count(*)::INTEGER AS records, sum(CASE
		WHEN prev_e IS NULL THEN 1
		WHEN b = prev_b AND e = prev_e THEN 0
		WHEN b >= prev_e AND b <= prev_e + 3 THEN 0
		ELSE 1 END)::INTEGER AS trajectories,
	count(DISTINCT person)::INTEGER AS persons
FROM o GROUP BY type;`;
}

/** Merge statistics per category: records read, used, trajectories (types summed), persons. */
export const statsSql = `WITH
	rin AS (SELECT t.category, count(*) AS n FROM wmo_rec r JOIN wmo_typemap t USING (type) GROUP BY t.category),
	pers AS (SELECT t.category, count(DISTINCT r.person) AS p FROM wmo_rec r JOIN wmo_typemap t USING (type) WHERE r.drop_reason IS NULL GROUP BY t.category),
	tr AS (SELECT t.category, sum(x.records) AS ru, sum(x.trajectories) AS tj FROM wmo_traj x JOIN wmo_typemap t USING (type) GROUP BY t.category)
SELECT c.category, coalesce(rin.n, 0)::INTEGER AS records_in, coalesce(tr.ru, 0)::INTEGER AS records_used,
	coalesce(tr.tj, 0)::INTEGER AS trajectories, coalesce(pers.p, 0)::INTEGER AS persons
FROM (SELECT DISTINCT category FROM wmo_typemap) c
LEFT JOIN rin USING (category) LEFT JOIN pers USING (category) LEFT JOIN tr USING (category)
ORDER BY c.category;`;

export const droppedSql = `SELECT drop_reason AS reason, count(*)::INTEGER AS records FROM wmo_rec WHERE drop_reason IS NOT NULL GROUP BY drop_reason ORDER BY drop_reason;`;

export const consentRowsSql = `SELECT gemeente, y, code, h1, h2 FROM wmo_consent ORDER BY gemeente, y;`;

export const cleanupSql = `DROP TABLE IF EXISTS wmo_pc; DROP TABLE IF EXISTS wmo_typemask; DROP TABLE IF EXISTS wmo_cats; DROP TABLE IF EXISTS wmo_half; DROP TABLE IF EXISTS wmo_traj; DROP TABLE IF EXISTS wmo_consent; DROP TABLE IF EXISTS wmo_rec; DROP VIEW IF EXISTS wmo_in;`;
