// Step 3: population by age band and the harmonised indicators, from the KWB record that travels
// with every Wmo row. Wijken per year from the wijk files; gemeenten from the gemeente files where
// they exist for that year, else summed from the converted wijken.

import { TARGET_INDELING, type IndicatorRow, type PopulationRow } from '../../lib/snapshot/schema';
import { kwbComponents, type Components, type KwbRecord } from '../canonical/kwbRecord';
import type { MatrixPairs } from '../mirror/grenswijzigingen';
import type { WmoMirror, WmoRecord } from '../mirror/wmoFiles';
import { componentRows, convertComponents, sumComponentsToGemeenten, type ConvertedComponents } from './components';
import { matrixFor, type Indeling } from './indeling';
import { screenCodes } from './screenCodes';

export interface PopulationIndicators {
	population: PopulationRow[];
	indicators: IndicatorRow[];
	impossibleShares: number;
}

function gemeenteComponents(indeling: Indeling, pairs: MatrixPairs, wmo: WmoMirror, year: number, wijk: ConvertedComponents): ConvertedComponents {
	const typeRecs = wmo.gemeenteTypeJaar.filter((r) => r.year === year);
	if (!typeRecs.length) return sumComponentsToGemeenten(indeling, wijk);
	const gMatrix = matrixFor(pairs, 'gemeente', year, TARGET_INDELING);
	const hh = new Map(wmo.gemeenteHhJaar.filter((r) => r.year === year).map((r) => [r.code, r.kwb]));
	const gSources = new Map<string, Components>();
	for (const r of screenCodes(typeRecs.map((t) => ({ ...t, clients: null })), year, gMatrix, indeling.gemeenteSet).kept) {
		const merged: KwbRecord = { ...r.kwb };
		for (const [k, v] of Object.entries(hh.get(r.code) ?? {})) if (v !== null && v !== undefined) merged[k] = v;
		gSources.set(r.code, kwbComponents(merged));
	}
	return convertComponents(indeling.gemeenten, gMatrix, gSources);
}

export function assemblePopulationIndicators(indeling: Indeling, pairs: MatrixPairs, wmo: WmoMirror): PopulationIndicators {
	const out: PopulationIndicators = { population: [], indicators: [], impossibleShares: 0 };
	const wijkRecords = [...wmo.wijkTotaalJaar, ...wmo.wijkHhHalfjaar];
	const kwbYears = [...new Set(wijkRecords.map((r) => r.year))].sort();
	for (const year of kwbYears) {
		const matrix = matrixFor(pairs, 'wijk', year, TARGET_INDELING);
		const byCode = new Map<string, WmoRecord>();
		for (const r of wijkRecords) if (r.year === year && !byCode.has(r.code)) byCode.set(r.code, r);
		const kept = screenCodes([...byCode.values()], year, matrix, indeling.wijkSet).kept;
		const sources = new Map<string, Components>(kept.map((r) => [r.code, kwbComponents(r.kwb)]));
		const wijk = convertComponents(indeling.wijken, matrix, sources);
		const gemeente = gemeenteComponents(indeling, pairs, wmo, year, wijk);
		for (const [level, comps] of [['wijk', wijk], ['gemeente', gemeente]] as const) {
			const rows = componentRows(level, year, comps);
			out.population.push(...rows.population);
			out.indicators.push(...rows.indicators);
			out.impossibleShares += rows.impossible;
		}
	}
	return out;
}
