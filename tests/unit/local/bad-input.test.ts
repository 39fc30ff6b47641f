// Every bad input gets a Dutch message naming the file, the row, the value and the fix.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importPopulation } from '../../../src/lib/local/population';
import { importCounts } from '../../../src/lib/local/counts';
import { importRecords } from '../../../src/lib/local/records';
import { nodeRunner } from '../../../src/lib/local/records/runner-node';
import { writeXlsx } from '../../../src/lib/local/decode/xlsx';
import type { Problem } from '../../../src/lib/local/types';
import { REGIONS, RECORD_HEADER, file, rec } from './helpers';

let runner: Awaited<ReturnType<typeof nodeRunner>>;
beforeAll(async () => {
	runner = await nodeRunner(1);
});
afterAll(() => runner.close());

const pop = (name: string, text: string, gemeente?: string) => importPopulation(file(name, text), { regions: REGIONS, gemeente });
const find = (ps: Problem[], code: string) => {
	const p = ps.find((x) => x.code === code);
	expect(p, `no problem ${code} in ${ps.map((x) => x.code).join(', ')}`).toBeDefined();
	return p!;
};
const records = (lines: string[], header = RECORD_HEADER, gemeente?: string) => importRecords(file('wmo.csv', [header, ...lines].join('\n')), runner, { gemeente, now: new Date('2021-01-01T00:00:00Z') });

describe('bad input: Dutch messages', () => {
	it('missing columns: names them and the columns found', async () => {
		const r = await pop('bevolking.csv', 'gebied;aantal mensen\nGM0344;360000\n');
		expect(r.ok).toBe(false);
		const p = find(r.problems, 'kolommen');
		expect(p.text).toMatch(/^Fout in bevolking\.csv \(regel 1\): verplichte kolommen ontbreekt: .*jaar.*Gevonden kolommen: "gebied", "aantal mensen"\. Oplossing: /);
	});
	it('wrong kind of file (population file as records): missing WMOBUS columns', async () => {
		const r = await importRecords(file('bevolking.csv', 'regio;jaar;inwoners\nGM0344;2025;360000\n'), runner);
		expect(find(r.problems, 'kolommen').text).toMatch(/TypeArrangementWmo.*Controleer ook of dit het juiste soort bestand is/);
	});
	it('Windows-1252 is detected and read; UTF-8 with and without BOM too', async () => {
		const text = 'regio;jaar;inwoners\nSúdwest-Fryslân;2025;90000\n';
		const cp1252 = new Uint8Array([...text].map((c) => ({ ú: 0xfa, â: 0xe2 })[c] ?? c.charCodeAt(0)));
		const r = await importPopulation({ name: 'ansi.csv', bytes: cp1252 }, { regions: REGIONS });
		expect(r.ok).toBe(true);
		expect(r.value!.population![0].code).toBe('GM1900');
		expect(r.value!.mapping.encoding).toBe('Windows-1252');
		expect(find(r.problems, 'codering').text).toMatch(/geen geldige UTF-8 en is gelezen als Windows-1252/);
		const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
		const b = await importPopulation({ name: 'bom.csv', bytes: bom }, { regions: REGIONS });
		expect(b.value!.mapping.encoding).toBe('UTF-8 met BOM');
		expect(b.value!.mapping.fields.regio).toBe('regio');
		const u = await pop('utf8.csv', text);
		expect(u.value!.mapping.encoding).toBe('UTF-8');
	});
	it('double-encoded UTF-8 gets a warning', async () => {
		const r = await pop('dubbel.csv', 'regio;jaar;inwoners\nSÃºdwest-FryslÃ¢n;2025;90000\nGM0344;2025;360000\n');
		expect(find(r.problems, 'codering').text).toMatch(/Ã©.*twee keer omgezet/);
	});
	it('semicolon, comma and tab separators', async () => {
		for (const [sep, label] of [[';', 'puntkomma'], [',', 'komma'], ['\t', 'tab']]) {
			const r = await pop('s.csv', ['regio', 'jaar', 'inwoners'].join(sep) + '\n' + ['GM0344', '2025', '360000'].join(sep) + '\n');
			expect(r.ok).toBe(true);
			expect(r.value!.mapping.separator).toMatch(label);
			expect(r.value!.population![0].persons).toBe(360000);
		}
	});
	it('an unknown separator: one column only', async () => {
		const r = await pop('pipes.csv', 'regio|jaar|inwoners\nGM0344|2025|360000\n');
		expect(find(r.problems, 'kolommen').text).toMatch(/maar één kolom.*Oplossing: Gebruik een puntkomma/);
	});
	it('Dutch decimal commas and thousands points are read; commas in a comma file are caught', async () => {
		const r = await pop('nl.csv', 'regio;jaar;inwoners\nGM0344;2025;360.000\nGM0344;2026;"362.500,0"\n');
		expect(r.value!.population!.map((x) => x.persons)).toEqual([360000, 362500]);
		expect(find(r.problems, 'decimale_komma').severity).toBe('info');
		const c = await importCounts(file('tel.csv', 'regio,categorie,periode,clienten\nGM0344,totaal,2024,12,5\n'), { regions: REGIONS });
		expect(find(c.problems, 'scheidingsteken').text).toMatch(/^Fout in tel\.csv \(regel 2\): deze regel heeft 5 velden, de kopregel 4: waarschijnlijk staan er decimale komma's/);
		const h = await importCounts(file('tel.csv', 'regio;categorie;periode;clienten\nGM0344;totaal;2024;12,5\n'), { regions: REGIONS });
		expect(find(h.problems, 'decimale_komma').text).toMatch(/"12,5" is geen geheel getal; het is afgerond op 13/);
	});
	it('dates not JJJJMMDD', async () => {
		const r = await records([rec('A', '01', '15-01-2020', '20200630'), rec('B', '01', '20200101', '20200630')]);
		const p = find(r.problems, 'datum');
		expect(p.text).toMatch(/^Fout in wmo\.csv \(regel 2\): BegindatumWmo "15-01-2020" is geen datum als JJJJMMDD \(dit lijkt DD-MM-JJJJ\).*Oplossing: Schrijf datums als acht cijfers JJJJMMDD/);
		expect(r.ok).toBe(true); // the good record is still counted
	});
	it('end before begin', async () => {
		const r = await records([rec('A', '01', '20200601', '20200101'), rec('B', '01', '20200101', '20200630')]);
		expect(find(r.problems, 'eind_voor_begin').text).toMatch(/\(regel 2\): de einddatum 20200101 ligt vóór de begindatum 20200601.*Oplossing: Controleer of begin- en einddatum zijn verwisseld/);
		expect(r.value!.stats!.dropped).toContainEqual(expect.objectContaining({ reason: 'eind_voor_begin', records: 1 }));
	});
	it('unknown type codes', async () => {
		const r = await records([rec('A', '19', '20200101', '20200630'), rec('B', '01', '20200101', '20200630')]);
		expect(find(r.problems, 'onbekend_type').text).toMatch(/TypeArrangementWmo "19" is geen code uit de WMOBUS-codelijst/);
	});
	it('a gemeente code of another gemeente', async () => {
		const r = await records([rec('A', '01', '20200101', '20200630', { gm: '0363' }), rec('B', '01', '20200101', '20200630')], RECORD_HEADER, 'GM0344');
		expect(find(r.problems, 'andere_gemeente').text).toMatch(/gemeentecode "0363" \(GM0363\) is een andere gemeente dan de gekozen GM0344/);
		expect(r.value!.gemeenten).toEqual(['GM0344']);
		const p = await pop('b.csv', 'regio;jaar;inwoners\nWK036300;2025;9000\nGM0344;2025;360000\n', 'GM0344');
		expect(find(p.problems, 'andere_gemeente').text).toMatch(/WK036300 hoort bij gemeente GM0363/);
	});
	it('duplicate rows', async () => {
		const r = await records([rec('A', '01', '20200101', '20200630'), rec('A', '01', '20200101', '20200630')]);
		expect(find(r.problems, 'dubbel').text).toMatch(/^Let op bij wmo\.csv \(regel 3\): dit record staat precies zo al eerder/);
		expect(r.value!.stats!.perCategory.find((c) => c.category === 'totaal')!.recordsIn).toBe(1);
		const p = await pop('d.csv', 'regio;jaar;inwoners\nGM0344;2025;360000\nGM0344;2025;361000\n');
		expect(find(p.problems, 'dubbel').text).toMatch(/GM0344 2025 staat dubbel \(ook op regel 2\)/);
	});
	it('negative or absurd values: population 0, 10× last year, negative counts', async () => {
		const r = await pop('p.csv', 'regio;jaar;inwoners\nGM0344;2025;0\nGM0344;2026;360000\nGM0344;2027;3600000\n');
		expect(find(r.problems, 'waarde').text).toMatch(/\(regel 2\): GM0344 2025: 0 inwoners kan niet/);
		expect(find(r.problems, 'sprong').text).toMatch(/\(regel 4\): GM0344 springt van 360000 inwoners \(2026\) naar 3600000 \(2027\), ruim 10 keer zoveel/);
		expect(r.value!.population!.map((x) => x.year)).toEqual([2026]);
		const c = await importCounts(file('c.csv', 'regio;categorie;periode;clienten\nGM0344;totaal;2024;-5\n'), { regions: REGIONS });
		expect(find(c.problems, 'waarde').text).toMatch(/aantal cliënten -5 is negatief/);
	});
	it('an empty file and a header without rows', async () => {
		expect(find((await pop('leeg.csv', '')).problems, 'leeg').text).toBe('Fout in leeg.csv: het bestand is leeg. Oplossing: Kies het juiste bestand, of download het sjabloon en vul het in.');
		expect(find((await pop('kop.csv', 'regio;jaar;inwoners\n')).problems, 'geen_rijen').text).toMatch(/kopregel maar geen gegevens/);
	});
	it('a file over the size limit names the limit', async () => {
		const big = { name: 'groot.csv', bytes: new Uint8Array(6 * 1024 * 1024).fill(0x41) };
		const r = await importPopulation(big, { regions: REGIONS });
		expect(find(r.problems, 'te_groot').text).toMatch(/het bestand is 6\.0 MB; de grens voor dit soort bestand is 5 MB\. Oplossing: Splits het bestand/);
	});
	it('unknown or ambiguous region names', async () => {
		const r = await pop('n.csv', 'regio;jaar;inwoners\nCentrum;2025;9000\nAtlantis;2025;5\nUtrecht;2025;360000\n');
		expect(find(r.problems, 'regio_dubbelzinnig').text).toMatch(/"Centrum" past bij meer dan één gebied: WK034403 \(Centrum\), WK036300 \(Centrum\)/);
		expect(find(r.problems, 'regio_onbekend').value).toBe('Atlantis');
		const g = await pop('n.csv', 'regio;jaar;inwoners\nCentrum;2025;9000\n', 'GM0344');
		expect(g.value!.population!.find((x) => x.level === 'wijk')!.code).toBe('WK034403');
	});
	it('an XLSX with the data on another sheet says which sheet was used', async () => {
		const { default: ExcelJS } = (await import('exceljs')) as unknown as { default: typeof import('exceljs') };
		const wb = new ExcelJS.Workbook();
		wb.addWorksheet('Toelichting').addRow(['Dit blad is uitleg']);
		const ws = wb.addWorksheet('Prognose');
		ws.addRow(['regio', 'jaar', 'inwoners', '65+']);
		ws.addRow(['GM0344', 2026, 365000, 50000]);
		const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
		const r = await importPopulation({ name: 'prognose.xlsx', bytes }, { regions: REGIONS });
		expect(r.ok).toBe(true);
		expect(r.value!.mapping.sheet).toBe('Prognose');
		expect(find(r.problems, 'blad').text).toMatch(/niet op het eerste blad \("Toelichting"\) maar op blad "Prognose"; dat blad is gebruikt/);
		expect(r.value!.population![0]).toMatchObject({ code: 'GM0344', year: 2026, persons: 365000, bands: { '65+': 50000 } });
		const w = await writeXlsx('Sjabloon', [['regio', 'jaar', 'inwoners'], ['GM0344', '2026', '1']]);
		expect((await importPopulation({ name: 's.xlsx', bytes: w }, { regions: REGIONS })).ok).toBe(true);
	});
	it('a broken XLSX', async () => {
		const r = await importPopulation({ name: 'kapot.xlsx', bytes: new Uint8Array([0x50, 0x4b, 1, 2, 3]) }, { regions: REGIONS });
		expect(find(r.problems, 'xlsx').text).toMatch(/kon niet als Excel-werkmap \(XLSX\) worden gelezen/);
	});
});

describe('good input', () => {
	it('wijken without their gemeente: the gemeente total is their sum; columns mapped case-insensitively', async () => {
		const r = await pop('w.csv', 'WIJKCODE;Jaar;Aantal Inwoners;0-14;15-24;25-44;45-64;65+\nWK034401;2026;1000;100;100;300;300;200\nWK034402;2026;2000;200;200;600;600;400\n');
		expect(r.value!.mapping.fields).toMatchObject({ regio: 'WIJKCODE', jaar: 'Jaar', inwoners: 'Aantal Inwoners', '65+': '65+' });
		expect(r.value!.population!.find((x) => x.code === 'GM0344')).toEqual({ level: 'gemeente', code: 'GM0344', year: 2026, persons: 3000, derived: true, bands: { '0-14': 300, '15-24': 300, '25-44': 900, '45-64': 900, '65+': 600 } });
	});
	it('counts: categories by id, label or abbreviation, periods as year or half-year', async () => {
		const r = await importCounts(file('c.csv', 'regio;categorie;periode;clienten\nGM0344;totaal;2024;12000\nGM0344;HbH;2024H1;4000\nWK034401;Hulp bij het huishouden;2024-2;300\nGM0344;vervoersdiensten;2024;900\n'), { regions: REGIONS });
		expect(r.ok).toBe(true);
		expect(r.value!.clients).toEqual([
			{ level: 'gemeente', code: 'GM0344', category: 'totaal', period: '2024', year: 2024, half: 0, clients: 12000 },
			{ level: 'gemeente', code: 'GM0344', category: 'hulp_bij_het_huishouden', period: '2024H1', year: 2024, half: 1, clients: 4000 },
			{ level: 'wijk', code: 'WK034401', category: 'hulp_bij_het_huishouden', period: '2024H2', year: 2024, half: 2, clients: 300 },
			{ level: 'gemeente', code: 'GM0344', category: 'vervoersdiensten', period: '2024', year: 2024, half: 0, clients: 900 }
		]);
		expect(r.value!.extraCategories).toEqual([{ id: 'vervoersdiensten', label: 'Vervoersdiensten (type 08)' }]);
	});
});
