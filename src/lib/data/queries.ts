// SQL over the snapshot tables in DuckDB-WASM: the details of one region that the first forecast
// does not need (indicator profile). Codes are validated before they reach SQL and bound as
// parameters of a prepared statement.
import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import { AGE_BANDS, INDICATORS, POPULATION_BAND_COLUMNS } from '$lib/snapshot/schema';
import { formatNumber, formatShare } from '$lib/ui/format';

export interface RegionProfile {
	code: string;
	year: number;
	items: Array<{ indicator: string; label: string; value: number; text: string; converted: boolean }>;
	inhabitants: number | null;
}

const CODE = /^(GM\d{4}|WK\d{4}[0-9A-Z]{2})$/;

export async function regionProfile(conn: AsyncDuckDBConnection, code: string): Promise<RegionProfile | null> {
	if (!CODE.test(code)) return null;
	const stmt = await conn.prepare(`
		WITH latest AS (
			SELECT max(year) AS year FROM indicators WHERE code = ? AND value IS NOT NULL
		)
		SELECT i.indicator, i.value, i.converted, i.year,
			(SELECT p.persons FROM population p WHERE p.code = i.code AND p.year = i.year AND p.age_band = 'totaal') AS inhabitants
		FROM indicators i, latest
		WHERE i.code = ? AND i.year = latest.year AND i.value IS NOT NULL
		ORDER BY i.indicator`);
	try {
		const table = await stmt.query(code, code);
		const rows = table.toArray().map((r) => r.toJSON() as Record<string, unknown>);
		if (rows.length === 0) return { code, year: 0, items: [], inhabitants: null };
		const items = rows
			.filter((r) => String(r.indicator) in INDICATORS)
			.map((r) => {
				const indicator = String(r.indicator);
				const value = Number(r.value);
				const unit = INDICATORS[indicator].unit;
				const text = unit.startsWith('share_') ? formatShare(value, 1) : formatNumber(value, unit === 'addresses_per_km2' ? 0 : 1);
				return { indicator, label: INDICATORS[indicator].label, value, text, converted: Boolean(r.converted) };
			});
		const inh = rows[0].inhabitants;
		return { code, year: Number(rows[0].year), items, inhabitants: inh === null || inh === undefined ? null : Number(inh) };
	} finally {
		await stmt.close();
	}
}

/**
 * The snapshot stores population and indicators wide (they decode faster); SQL wants the long form
 * of schema.ts. The files are inserted as `population_wide` and `indicators_wide`, and `population`
 * and `indicators` are long views over them.
 */
export async function createLongViews(conn: AsyncDuckDBConnection): Promise<void> {
	const cols = await conn.query(`SELECT table_name, column_name FROM information_schema.columns WHERE table_name IN ('indicators_wide', 'population_wide')`);
	const present = new Set(cols.toArray().map((r) => `${r.table_name}.${r.column_name}`));
	const ids = Object.keys(INDICATORS).filter((id) => present.has(`indicators_wide.${id}`));
	const bands = AGE_BANDS.filter((b) => present.has(`population_wide.${POPULATION_BAND_COLUMNS[b]}`));
	if (ids.length === 0) throw new Error('indicators_wide heeft geen indicatorkolommen');
	if (bands.length === 0) throw new Error('population_wide heeft geen leeftijdskolommen');
	await conn.query(`
		CREATE OR REPLACE VIEW indicators AS
		SELECT level, code, year, indicator, CAST(value AS DOUBLE) AS value, converted
		FROM (UNPIVOT indicators_wide ON ${ids.map((id) => `"${id}"`).join(', ')} INTO NAME indicator VALUE value)`);
	const bandOf = bands.map((b) => `WHEN '${POPULATION_BAND_COLUMNS[b]}' THEN '${b}'`).join(' ');
	await conn.query(`
		CREATE OR REPLACE VIEW population AS
		SELECT level, code, year, CASE col ${bandOf} END AS age_band, CAST(persons AS DOUBLE) AS persons, converted
		FROM (UNPIVOT population_wide ON ${bands.map((b) => `"${POPULATION_BAND_COLUMNS[b]}"`).join(', ')} INTO NAME col VALUE persons)`);
}

/** Row counts per table: a cheap self-check after loading, shown nowhere but logged for support. */
export async function tableCounts(conn: AsyncDuckDBConnection): Promise<Record<string, number>> {
	const t = await conn.query(`
		SELECT 'regions' AS t, count(*) AS n FROM regions UNION ALL
		SELECT 'clients', count(*) FROM clients UNION ALL
		SELECT 'population', count(*) FROM population UNION ALL
		SELECT 'indicators', count(*) FROM indicators`);
	return Object.fromEntries(t.toArray().map((r) => [String(r.t), Number(r.n)]));
}
