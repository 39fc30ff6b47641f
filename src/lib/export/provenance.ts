// The provenance lines every export carries, in Dutch, so that a quoted figure can be reproduced.

import type { Provenance } from './types';

export const APP_NAME = 'Wmo Vooruitblik';

/** One line: snapshot date and hash, model version, local data yes/no. */
export function provenanceLine(p: Provenance): string {
	const parts = [
		`Gegevensstand ${p.snapshotDate}`,
		`snapshot ${p.snapshotHash}`,
		`model ${p.modelVersion}`,
		`eigen gegevens: ${p.localData ? 'ja' : 'nee'}`
	];
	if (p.exportedAt) parts.push(`geëxporteerd ${p.exportedAt}`);
	return `${APP_NAME} – ${parts.join(', ')}`;
}

/** "Bron: …" and "Licentie: …" lines, then the provenance line. */
export function provenanceLines(p: Provenance): string[] {
	const lines: string[] = [];
	if (p.sources.length) lines.push(`Bron: ${p.sources.join(' | ')}`);
	if (p.licences.length) lines.push(`Licentie: ${p.licences.join(' | ')}`);
	lines.push(provenanceLine(p));
	return lines;
}

/** Label/value pairs of the XLSX sheet "Bronnen". */
export function provenanceRows(p: Provenance): Array<[string, string | number]> {
	const rows: Array<[string, string | number]> = [];
	for (const s of p.sources) rows.push(['Bron', s]);
	for (const l of p.licences) rows.push(['Licentie', l]);
	rows.push(['Gegevensstand', p.snapshotDate]);
	rows.push(['Snapshot-hash', p.snapshotHash]);
	rows.push(['Modelversie', p.modelVersion]);
	rows.push(['Eigen gegevens gebruikt', p.localData ? 'ja' : 'nee']);
	for (const s of p.settings ?? []) rows.push([`Modelinstelling: ${s.label}`, s.value]);
	if (p.exportedAt) rows.push(['Geëxporteerd op', p.exportedAt]);
	return rows;
}
