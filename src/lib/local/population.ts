// Kind (a): an own population forecast per gemeente or wijk per year, with optional age bands.
// Wijken pro rata from a gemeente total is the model's job (populationOverride.ts); here, wijken
// given without their gemeente yield a gemeente total that is their sum.
import { readTable, type UploadFile } from './decode';
import { parseNumber } from './decode/values';
import { mapColumns, scoreHeader, type FieldSpec } from './mapping';
import { ProblemList, problem, quote } from './problems';
import { RegionIndex } from './regions';
import { makeId, periodRange, mappingOf } from './dataset';
import type { LocalDataSet, LocalPopulationRow, LocalRegion, Result } from './types';
import { gemeenteOf } from '../snapshot/codes';

export const BAND_FIELDS = [
	{ id: '0-14', synonyms: ['0-14', '0_14', '0-14 jaar', '0 tot 15 jaar', 'persons_0_14', 'k0tot15jaar'] },
	{ id: '15-24', synonyms: ['15-24', '15_24', '15-24 jaar', '15 tot 25 jaar', 'persons_15_24', 'k15tot25jaar'] },
	{ id: '25-44', synonyms: ['25-44', '25_44', '25-44 jaar', '25 tot 45 jaar', 'persons_25_44', 'k25tot45jaar'] },
	{ id: '45-64', synonyms: ['45-64', '45_64', '45-64 jaar', '45 tot 65 jaar', 'persons_45_64', 'k45tot65jaar'] },
	{ id: '65+', synonyms: ['65+', '65plus', '65 en ouder', '65 jaar of ouder', 'persons_65plus', 'k65jaarofouder'] }
] as const;

export const REGION_SYNONYMS = ['regio', 'regiocode', 'code', 'gebied', 'gebiedscode', 'gemeentecode', 'wijkcode', 'gemeente', 'wijk', 'naam', 'regionaam', 'gemeentenaam', 'wijknaam'];

export const POPULATION_FIELDS: FieldSpec[] = [
	{ id: 'regio', label: 'regio (code of naam)', synonyms: REGION_SYNONYMS, required: true },
	{ id: 'jaar', label: 'jaar', synonyms: ['jaar', 'year', 'peiljaar', 'prognosejaar', 'perioden'], required: true },
	{ id: 'inwoners', label: 'inwoners', synonyms: ['inwoners', 'aantal inwoners', 'aantalinwoners', 'bevolking', 'personen', 'persons', 'persons_totaal', 'totaal', 'aantal'], required: true },
	...BAND_FIELDS.map((b) => ({ id: b.id, label: `leeftijd ${b.id}`, synonyms: [...b.synonyms] }))
];

export interface PopulationOptions {
	regions: LocalRegion[];
	/** the gemeente the user works on; rows of other gemeenten are refused */
	gemeente?: string;
	/** a sensible year range (default 2000–2060) */
	years?: [number, number];
	now?: Date;
}

export async function importPopulation(file: UploadFile, opts: PopulationOptions): Promise<Result<LocalDataSet>> {
	const t = await readTable(file, 'population', (h) => scoreHeader(h, POPULATION_FIELDS));
	if (!t.ok || !t.value) return { ok: false, problems: t.problems };
	const src = t.value;
	const m = mapColumns(src.header, POPULATION_FIELDS, file.name, src.headerLine, src.lineWord);
	if (!m.ok || !m.value) return { ok: false, problems: [...t.problems, ...m.problems] };
	const { index } = m.value;
	const P = new ProblemList();
	const at = (line: number) => ({ file: file.name, line, lineWord: src.lineWord });
	const regions = new RegionIndex(opts.regions);
	const [y0, y1] = opts.years ?? [2000, 2060];
	const rows = new Map<string, LocalPopulationRow & { line: number }>();
	let read = 0;
	let commaNoted = false;
	src.each((f, line) => {
		read++;
		const get = (id: string) => (index[id] != null ? (f[index[id]] ?? '').trim() : '');
		const rawRegion = get('regio');
		if (f.length > src.header.length && src.separator === ',')
			P.add(problem({ ...at(line), code: 'scheidingsteken', value: f.join(','), message: `deze regel heeft ${f.length} velden, de kopregel ${src.header.length}: waarschijnlijk staan er decimale komma's in een bestand met komma als scheidingsteken.`, fix: 'Sla het bestand op met puntkomma (;) als scheidingsteken, of zet getallen met een komma tussen aanhalingstekens.' }));
		const reg = regions.lookup(rawRegion, opts.gemeente);
		if (!reg.ok) {
			P.add(
				problem({
					...at(line),
					code: reg.reason === 'onbekend' ? 'regio_onbekend' : 'regio_dubbelzinnig',
					column: m.value!.fields.regio,
					value: rawRegion,
					message: reg.reason === 'onbekend' ? `regio ${quote(rawRegion)} is geen gemeente- of wijkcode of -naam van de indeling 2024.` : `regio ${quote(rawRegion)} past bij meer dan één gebied: ${reg.candidates.join(', ')}.`,
					fix: 'Gebruik de CBS-code van de indeling 2024 (GMxxxx of WKxxxxxx).'
				})
			);
			return;
		}
		if (opts.gemeente && reg.gemeente !== opts.gemeente) {
			P.add(problem({ ...at(line), code: 'andere_gemeente', value: rawRegion, message: `${reg.code} hoort bij gemeente ${reg.gemeente}, niet bij de gekozen gemeente ${opts.gemeente}.`, fix: `Laat alleen regels van ${opts.gemeente} en haar wijken in het bestand, of kies eerst de andere gemeente.` }));
			return;
		}
		const yr = parseNumber(get('jaar'));
		if (!yr || !Number.isInteger(yr.value) || yr.value < y0 || yr.value > y1) {
			P.add(problem({ ...at(line), code: 'jaar', column: m.value!.fields.jaar, value: get('jaar'), message: `jaar ${quote(get('jaar'))} is geen jaartal tussen ${y0} en ${y1}.`, fix: 'Schrijf het jaar als vier cijfers, bijvoorbeeld 2026.' }));
			return;
		}
		const num = parseNumber(get('inwoners'));
		if (!num) {
			P.add(problem({ ...at(line), code: 'getal', column: m.value!.fields.inwoners, value: get('inwoners'), message: `inwoners ${quote(get('inwoners'))} is geen getal.`, fix: 'Vul een aantal personen in, zonder tekst of eenheden (bijvoorbeeld 12345).' }));
			return;
		}
		if (num.decimalComma && !commaNoted) {
			commaNoted = true;
			P.add(problem({ ...at(line), code: 'decimale_komma', severity: 'info', value: get('inwoners'), message: `getallen met een decimale komma (${quote(get('inwoners'))}) zijn gelezen als Nederlandse notatie (${num.value}).`, fix: 'Niets nodig als dit klopt.' }));
		}
		if (num.value <= 0) {
			P.add(problem({ ...at(line), code: 'waarde', value: get('inwoners'), message: `${reg.code} ${yr.value}: ${num.value} inwoners kan niet (nul of negatief).`, fix: 'Vul het verwachte aantal inwoners in, of laat de regel weg.' }));
			return;
		}
		const bands: NonNullable<LocalPopulationRow['bands']> = {};
		for (const b of BAND_FIELDS) {
			if (index[b.id] == null || get(b.id) === '') continue;
			const v = parseNumber(get(b.id));
			if (!v || v.value < 0) {
				P.add(problem({ ...at(line), code: 'waarde', column: m.value!.fields[b.id], value: get(b.id), message: `leeftijdsgroep ${b.id}: ${quote(get(b.id))} is geen aantal van nul of meer.`, fix: 'Vul een aantal personen in, of laat de cel leeg.' }));
				return;
			}
			bands[b.id] = v.value;
		}
		const key = `${reg.code}|${yr.value}`;
		const prev = rows.get(key);
		if (prev) {
			P.add(problem({ ...at(line), code: 'dubbel', value: `${reg.code} ${yr.value}`, message: `${reg.code} ${yr.value} staat dubbel (ook op ${src.lineWord} ${prev.line}); de eerste regel is gebruikt.`, fix: 'Laat per regio en jaar één regel staan.', severity: 'waarschuwing' }));
			return;
		}
		const nb = Object.keys(bands).length;
		if (nb === BAND_FIELDS.length) {
			const sum = Object.values(bands).reduce((a, b) => a + (b ?? 0), 0);
			if (Math.abs(sum - num.value) > Math.max(2, 0.01 * num.value))
				P.add(problem({ ...at(line), code: 'leeftijd_som', severity: 'waarschuwing', value: String(sum), message: `de leeftijdsgroepen van ${reg.code} ${yr.value} tellen op tot ${sum}, de kolom inwoners zegt ${num.value}.`, fix: 'Controleer de leeftijdsgroepen; de totale bevolking is gebruikt.' }));
		}
		rows.set(key, { level: reg.level, code: reg.code, year: yr.value, persons: num.value, ...(nb ? { bands } : {}), line });
	});
	// absurd jumps: more than 10× (or less than a tenth of) the previous year of the same region
	const list = [...rows.values()].sort((a, b) => a.code.localeCompare(b.code) || a.year - b.year);
	for (let i = 1; i < list.length; i++) {
		const a = list[i - 1];
		const b = list[i];
		if (a.code !== b.code || b.year !== a.year + 1) continue;
		const r = b.persons / a.persons;
		if (r >= 10 || r <= 0.1) {
			P.add(problem({ file: file.name, line: b.line, lineWord: src.lineWord, code: 'sprong', value: String(b.persons), message: `${b.code} springt van ${a.persons} inwoners (${a.year}) naar ${b.persons} (${b.year}), ${r >= 10 ? 'ruim 10 keer zoveel' : 'minder dan een tiende'}; de regel is niet gebruikt.`, fix: 'Controleer het getal (een punt of komma te veel of te weinig?) en laad het bestand opnieuw.' }));
			rows.delete(`${b.code}|${b.year}`);
			list.splice(i, 1);
			i--;
		}
	}
	const out: LocalPopulationRow[] = [...rows.values()].map(({ line: _l, ...r }) => r);
	// wijken without their gemeente: the gemeente total is their sum
	const gmGiven = new Set(out.filter((r) => r.level === 'gemeente').map((r) => `${r.code}|${r.year}`));
	const sums = new Map<string, LocalPopulationRow>();
	for (const r of out) {
		if (r.level !== 'wijk') continue;
		const gm = regions.get(r.code)?.gemeente_code ?? gemeenteOf(r.code);
		if (gmGiven.has(`${gm}|${r.year}`)) continue;
		const s = sums.get(`${gm}|${r.year}`) ?? { level: 'gemeente', code: gm, year: r.year, persons: 0, derived: true };
		s.persons += r.persons;
		if (r.bands) {
			s.bands ??= {};
			for (const [k, v] of Object.entries(r.bands)) s.bands[k as keyof typeof s.bands] = (s.bands[k as keyof typeof s.bands] ?? 0) + (v ?? 0);
		}
		sums.set(`${gm}|${r.year}`, s);
	}
	if (sums.size)
		P.add(problem({ file: file.name, code: 'som_wijken', severity: 'info', message: `voor ${new Set([...sums.values()].map((s) => s.code)).size} gemeente(n) zonder eigen totaal is het totaal de som van de wijken.`, fix: 'Niets nodig; geef een gemeentetotaal als u een ander totaal wilt.' }));
	out.push(...sums.values());
	const problems = [...t.problems, ...m.problems, ...P.finish(file.name)];
	if (!out.length) {
		problems.push(problem({ file: file.name, code: 'geen_rijen', message: read ? `geen van de ${read} regels is bruikbaar.` : 'het bestand heeft wel een kopregel maar geen gegevens.', fix: 'Los de fouten hierboven op, of vul het sjabloon in.' }));
		return { ok: false, problems };
	}
	out.sort((a, b) => a.level.localeCompare(b.level) || a.code.localeCompare(b.code) || a.year - b.year);
	const years = out.map((r) => r.year);
	const set: LocalDataSet = {
		id: makeId('population', file.name, opts.now),
		kind: 'population',
		fileName: file.name,
		importedAt: (opts.now ?? new Date()).toISOString(),
		gemeenten: [...new Set(out.map((r) => (r.level === 'gemeente' ? r.code : (regions.get(r.code)?.gemeente_code ?? gemeenteOf(r.code)))))].sort(),
		period: periodRange(years.map(String)),
		recordCount: read,
		population: out,
		mapping: mappingOf(src, m.value)
	};
	return { ok: true, value: set, problems };
}
