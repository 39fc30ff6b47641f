import type { ExportTable, Provenance } from '../../../src/lib/export/types';

export const provenance: Provenance = {
	snapshotDate: '2026-12-02',
	snapshotHash: '29004f421e0b4677',
	modelVersion: '0.1.0',
	localData: false,
	sources: ['CBS StatLine, Wmo-cliënten naar wijk en buurt', 'CBS Kerncijfers wijken en buurten'],
	licences: ['CC BY 4.0 – Centraal Bureau voor de Statistiek'],
	settings: [
		{ label: 'Prognosejaren', value: 5 },
		{ label: 'Interval', value: '80%' }
	],
	exportedAt: '2026-12-02T05:00:00Z'
};

/** A wijk table with the whole series, unrounded model output, a suppressed cell and a total. */
export const wijken: ExportTable = {
	sheet: 'Wijken',
	title: 'Wmo-cliënten per wijk, Utrecht, 2015–2023',
	columns: [
		{ header: 'Code', kind: 'text' },
		{ header: 'Wijk', kind: 'text' },
		{ header: 'Cliënten 2018', kind: 'count' },
		{ header: 'Aandeel inwoners 2018', kind: 'share' },
		{ header: 'Prognose 2023', kind: 'count' },
		{ header: 'Verandering 2018–2023', kind: 'percent' },
		{ header: 'Kosten 2023', kind: 'euro' },
		{ header: 'Index 2023', kind: 'number' }
	],
	rows: [
		['WK034401', 'West', 1234, 0.045217, 1301.4567891, 0.0543, 2_345_678.9, 1.23456],
		['WK034402', '=cmd|" /C calc"!A0', null, null, 88.25, -0.125, null, 0.5],
		['WK034403', 'Noord-Oost; "oud"', 0, 0.0, 0.4, 0, 10, -0]
	],
	totalRow: ['GM0344', 'Utrecht (gemeente)', 1234, 0.0123, 1390.1067891, 0.03, 2_345_688.9, null]
};

export const series: ExportTable = {
	sheet: 'Gemeente: reeks [2015/2023]',
	title: 'Wmo-cliënten, Utrecht',
	columns: [
		{ header: 'Jaar', kind: 'text' },
		{ header: 'Cliënten', kind: 'count' }
	],
	rows: [
		['2015', 10_000],
		['2016', 10_500.75]
	]
};
