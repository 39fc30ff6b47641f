// Adapter from forecast rows to the plain series the page draws: five observed years (with the
// status of missing cells) and the forecast rows of one region × category.
import type { Category, ClientStatus, SnapshotTables } from '../snapshot/schema';
import { seriesOf } from '../model/history';
import { registrationBreaks } from '../model/breaks';
import { buildPanel } from '../model/panel';
import { levelOf } from '../snapshot/codes';
import type { ForecastRow } from '../model/types';
import type { RegionSeries } from './types';

export interface ForecastIndex {
	byKey: Map<string, ForecastRow[]>;
	origin: number;
	historyYears: number[];
	/** At most this many observed years are shown before a series' own origin. */
	historyLength?: number;
	tables: SnapshotTables;
	status?: Map<string, ClientStatus>;
}

/** Status of an annual cell, so the chart can say "onderdrukt" or "niet geleverd" for a gap. */
function statusOf(index: ForecastIndex, code: string, category: Category, year: number): ClientStatus {
	if (!index.status) {
		index.status = new Map();
		for (const r of index.tables.clients) {
			if (r.half === 0 || r.status !== 'observed') {
				const k = `${r.code}|${r.category}|${r.year}`;
				// A whole-year observation wins over a half-year gap.
				if (!index.status.has(k) || r.half === 0) index.status.set(k, r.status);
			}
		}
	}
	return index.status.get(`${code}|${category}|${year}`) ?? 'not_delivered';
}

export function seriesFor(index: ForecastIndex, code: string, name: string, category: Category): RegionSeries {
	const observed = new Map(seriesOf(index.tables, code, category).map((p) => [p.year, p]));
	const rows = (index.byKey.get(`${code}|${category}`) ?? []).slice().sort((a, b) => a.year - b.year);
	// A gemeente with newer figures than the rest (own data, a partial refresh) has its own origin.
	const own = rows.length ? rows[0].year - 1 : index.origin;
	const years =
		own === index.origin
			? index.historyYears
			: Array.from({ length: index.historyLength ?? index.historyYears.length }, (_, i) => own - (index.historyLength ?? index.historyYears.length) + 1 + i).filter((y) => y >= index.historyYears[0]);
	const history = years.map((year) => {
		const p = observed.get(year);
		const clients = p?.clients ?? null;
		return {
			year,
			clients,
			share: p?.share ?? null,
			converted: p?.converted ?? false,
			status: clients !== null ? ('observed' as const) : statusOf(index, code, category, year),
			population: p?.population ?? null,
			...(p?.estimated ? { estimated: true } : {})
		};
	});
	const forecast = rows.map((r) => ({
		year: r.year,
		forecast: r.forecast,
		lower: r.lower,
		upper: r.upper,
		reliability: r.reliability,
		share: r.share,
		population: r.population,
		demand65: r.demand65 ?? null,
		pop65: r.pop65 ?? null
	}));
	// Registration breaks of any category in the years shown (breaks.ts): named on screen, never a trend.
	const breaks = registrationBreaks(buildPanel(index.tables), levelOf(code), code, own).filter((b) => b.year >= years[0]);
	return {
		code,
		name,
		history,
		forecast,
		reliability: rows[0]?.reliability ?? 'none',
		reason: rows.length ? (rows[0].reason ?? null) : 'no_recent_count',
		baseYear: rows[0]?.baseYear ?? null,
		...(breaks.length ? { breaks } : {})
	};
}
