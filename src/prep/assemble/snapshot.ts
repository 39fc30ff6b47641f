// Builds the whole snapshot in memory from the mirror, in named steps (one file each): the
// indeling and geometry, the client counts, population and indicators, and the statistics the
// manifest and docs/DATA.md report.

import type { DuckDBConnection } from '@duckdb/node-api';
import { CATEGORIES, type Category, type ClientRow, type IndicatorRow, type PopulationRow, type RegionRow } from '../../lib/snapshot/schema';
import type { OutFeature } from '../geo/buildGeometry';
import { readGrenswijzigingen } from '../mirror/grenswijzigingen';
import { readWmoMirror, type WmoMirror, type WmoRecord } from '../mirror/wmoFiles';
import { periodLabel } from './clients';
import type { AssembleContext } from './context';
import { assembleGemeenteHhHalfjaar, assembleGemeenteTypes } from './gemeenteClients';
import type { Indeling } from './indeling';
import type { PeriodStats } from './periods';
import { assemblePopulationIndicators } from './populationIndicators';
import { readIndeling, regionRows } from './readIndeling';
import { assembleWijkClients } from './wijkClients';
import { assembleWijkSums, type WijkSumVsGemeente } from './wijkSums';

export type { PeriodStats } from './periods';

export interface SnapshotData {
	indeling: Indeling;
	regions: RegionRow[];
	clients: ClientRow[];
	population: PopulationRow[];
	indicators: IndicatorRow[];
	wijkFeatures: OutFeature[];
	gemeenteFeatures: OutFeature[];
	stats: {
		periods: PeriodStats[];
		dropped2015: string[];
		publishedZeros: Record<string, number>; // per file and period: 0s read as suppressed
		droppedEmpty: string[];
		impossibleShares: number;
		wijkSumVsGemeente: WijkSumVsGemeente[];
		/** Regions of data after the target indeling that it cannot place (kept out). */
		unplaced: string[];
	};
}

/** Published 0s read as suppressed (see zeroIsSuppressed), counted per file and period. */
function countPublishedZeros(wmo: WmoMirror): Record<string, number> {
	const out: Record<string, number> = {};
	for (const r of [...wmo.wijkTotaalJaar, ...wmo.wijkHhHalfjaar, ...wmo.gemeenteHhHalfjaar, ...wmo.gemeenteHhJaar]) {
		const key = `${r.file} ${periodLabel(r)}`;
		if (r.publishedZero) out[key] = (out[key] ?? 0) + 1;
	}
	return out;
}

export async function buildSnapshot(con: DuckDBConnection, mirrorDir: string): Promise<SnapshotData> {
	const { indeling, wijkFeatures, gemeenteFeatures } = readIndeling(mirrorDir);
	const pairs = await readGrenswijzigingen(con, mirrorDir);
	const wmo = await readWmoMirror(con, mirrorDir);
	const ctx: AssembleContext = { indeling, pairs, clients: [], periods: [] };

	// The refreshed wijk types (none in the plain mirror) come after the mirror's own wijk series.
	const wijkTypes = CATEGORIES.filter((c) => c !== 'totaal').map((c): [Category, WmoRecord[]] => [c, wmo.wijkTypeJaar.filter((r) => r.category === c)]);
	const wijk = assembleWijkClients(ctx, [
		['totaal', wmo.wijkTotaalJaar],
		['hulp_bij_het_huishouden', wmo.wijkHhHalfjaar],
		...wijkTypes.filter(([, recs]) => recs.length > 0)
	]);
	const unplaced = [...wijk.unplaced];
	const deliveredByYear = assembleGemeenteTypes(ctx, wmo.gemeenteTypeJaar, unplaced);
	assembleGemeenteHhHalfjaar(ctx, wmo.gemeenteHhHalfjaar, deliveredByYear, unplaced);
	const wijkSumVsGemeente = assembleWijkSums(ctx, wijk.wijkTotaalCells, [...deliveredByYear.keys()]);
	const { population, indicators, impossibleShares } = assemblePopulationIndicators(indeling, pairs, wmo);

	return {
		indeling,
		regions: regionRows(indeling),
		clients: ctx.clients,
		population,
		indicators,
		wijkFeatures,
		gemeenteFeatures,
		stats: {
			periods: ctx.periods,
			dropped2015: wijk.dropped2015,
			publishedZeros: countPublishedZeros(wmo),
			droppedEmpty: wijk.droppedEmpty,
			impossibleShares,
			wijkSumVsGemeente,
			unplaced
		}
	};
}
