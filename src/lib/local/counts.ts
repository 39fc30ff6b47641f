// Kind (b): own aggregated counts: region × category × year or half-year → ClientRow-like rows.
import { readTable, type UploadFile } from './decode';
import { parseNumber } from './decode/values';
import { mapColumns, headerKey, scoreHeader, type FieldSpec } from './mapping';
import { ProblemList, problem, quote } from './problems';
import { RegionIndex } from './regions';
import { REGION_SYNONYMS } from './population';
import { MAIN_CATEGORIES, extraCategories } from './codes';
import { makeId, mappingOf, periodRange } from './dataset';
import type { LocalClientRow, LocalDataSet, LocalRegion, Result } from './types';
import { gemeenteOf } from '../snapshot/codes';

export const COUNT_FIELDS: FieldSpec[] = [
	{ id: 'regio', label: 'regio (code of naam)', synonyms: REGION_SYNONYMS, required: true },
	{ id: 'categorie', label: 'categorie', synonyms: ['categorie', 'category', 'type', 'soort', 'voorziening'], required: true },
	{ id: 'periode', label: 'periode of jaar', synonyms: ['periode', 'period', 'jaar', 'year'], required: true },
	{ id: 'halfjaar', label: 'halfjaar', synonyms: ['halfjaar', 'half', 'halfyear'] },
	{ id: 'clienten', label: 'aantal cliënten', synonyms: ['clienten', 'cliënten', 'aantal clienten', 'aantal', 'clients', 'personen', 'aantal personen'], required: true }
];

const CATEGORY_ALIASES: Record<string, string> = {
	totaal: 'totaal', wmototaal: 'totaal', wmoclienten: 'totaal', wmocliententotaal: 'totaal', alle: 'totaal',
	hh: 'hulp_bij_het_huishouden', hbh: 'hulp_bij_het_huishouden', huishoudelijkehulp: 'hulp_bij_het_huishouden',
	ot: 'ondersteuning_thuis', hmd: 'hulpmiddelen_en_diensten', vo: 'verblijf_en_opvang', 'v&o': 'verblijf_en_opvang'
};

/** Category id from an id, a Dutch label or a common abbreviation; null when unknown. */
export function resolveCategory(raw: string): string | null {
	const k = headerKey(raw);
	if (CATEGORY_ALIASES[k]) return CATEGORY_ALIASES[k];
	for (const c of [...MAIN_CATEGORIES, ...extraCategories()]) if (headerKey(c.id) === k || headerKey(c.label) === k) return c.id;
	return null;
}

/** '2024' | '2024H1' | '2024-1' | '2024 1e halfjaar' (+ optional half column) → year and half. */
export function parsePeriod(raw: string, halfRaw = ''): { year: number; half: number } | null {
	const s = raw.trim().toUpperCase().replace(/\s+/g, ' ');
	let m = /^(\d{4})(?:\s*(?:H|-|\/|_|HJ)\s*([12])|\s+([12])E? HALFJAAR)?$/.exec(s);
	if (!m) m = /^(\d{4})(?:HJ0?([12]))$/.exec(s);
	if (!m) return null;
	let half = Number(m[2] ?? m[3] ?? 0);
	const h = halfRaw.trim();
	if (!half && h) {
		if (!/^[0-2]$/.test(h.replace(/^H/i, ''))) return null;
		half = Number(h.replace(/^H/i, ''));
	}
	return { year: Number(m[1]), half };
}

export interface CountOptions {
	regions: LocalRegion[];
	gemeente?: string;
	now?: Date;
}

export async function importCounts(file: UploadFile, opts: CountOptions): Promise<Result<LocalDataSet>> {
	const t = await readTable(file, 'counts', (h) => scoreHeader(h, COUNT_FIELDS));
	if (!t.ok || !t.value) return { ok: false, problems: t.problems };
	const src = t.value;
	const m = mapColumns(src.header, COUNT_FIELDS, file.name, src.headerLine, src.lineWord);
	if (!m.ok || !m.value) return { ok: false, problems: [...t.problems, ...m.problems] };
	const { index, fields } = m.value;
	const P = new ProblemList();
	const regions = new RegionIndex(opts.regions);
	const rows = new Map<string, LocalClientRow & { line: number }>();
	let read = 0;
	src.each((f, line) => {
		read++;
		const at = { file: file.name, line, lineWord: src.lineWord };
		const get = (id: string) => (index[id] != null ? (f[index[id]] ?? '').trim() : '');
		if (f.length > src.header.length && src.separator === ',')
			P.add(problem({ ...at, code: 'scheidingsteken', value: f.join(','), message: `deze regel heeft ${f.length} velden, de kopregel ${src.header.length}: waarschijnlijk staan er decimale komma's in een bestand met komma als scheidingsteken.`, fix: 'Sla het bestand op met puntkomma (;) als scheidingsteken, of zet getallen met een komma tussen aanhalingstekens.' }));
		const reg = regions.lookup(get('regio'), opts.gemeente);
		if (!reg.ok) {
			P.add(problem({ ...at, code: reg.reason === 'onbekend' ? 'regio_onbekend' : 'regio_dubbelzinnig', column: fields.regio, value: get('regio'), message: reg.reason === 'onbekend' ? `regio ${quote(get('regio'))} is geen gemeente- of wijkcode of -naam van de indeling 2024.` : `regio ${quote(get('regio'))} past bij meer dan één gebied: ${reg.candidates.join(', ')}.`, fix: 'Gebruik de CBS-code van de indeling 2024 (GMxxxx of WKxxxxxx).' }));
			return;
		}
		if (opts.gemeente && reg.gemeente !== opts.gemeente) {
			P.add(problem({ ...at, code: 'andere_gemeente', value: get('regio'), message: `${reg.code} hoort bij gemeente ${reg.gemeente}, niet bij de gekozen gemeente ${opts.gemeente}.`, fix: `Laat alleen regels van ${opts.gemeente} en haar wijken in het bestand, of kies eerst de andere gemeente.` }));
			return;
		}
		const cat = resolveCategory(get('categorie'));
		if (!cat) {
			P.add(problem({ ...at, code: 'categorie', column: fields.categorie, value: get('categorie'), message: `categorie ${quote(get('categorie'))} is onbekend.`, fix: `Gebruik een van: ${MAIN_CATEGORIES.map((c) => c.id).join(', ')} (of een subcategorie uit het sjabloon).` }));
			return;
		}
		const per = parsePeriod(get('periode'), get('halfjaar'));
		if (!per || per.year < 2000 || per.year > 2100) {
			P.add(problem({ ...at, code: 'periode', column: fields.periode, value: get('periode'), message: `periode ${quote(get('periode'))} is geen jaar of halfjaar.`, fix: 'Schrijf een jaar als 2024 en een halfjaar als 2024H1 of 2024H2.' }));
			return;
		}
		const num = parseNumber(get('clienten'));
		if (!num || num.value < 0) {
			P.add(problem({ ...at, code: num ? 'waarde' : 'getal', column: fields.clienten, value: get('clienten'), message: num ? `aantal cliënten ${num.value} is negatief.` : `aantal cliënten ${quote(get('clienten'))} is geen getal.`, fix: 'Vul een aantal cliënten van nul of meer in; laat een cel leeg als het onbekend is.' }));
			return;
		}
		if (!Number.isInteger(num.value))
			P.add(problem({ ...at, code: 'decimale_komma', severity: 'waarschuwing', value: get('clienten'), message: `aantal cliënten ${quote(get('clienten'))} is geen geheel getal; het is afgerond op ${Math.round(num.value)}.`, fix: 'Vul hele aantallen cliënten in.' }));
		const period = per.half ? `${per.year}H${per.half}` : String(per.year);
		const key = `${reg.code}|${cat}|${period}`;
		const prev = rows.get(key);
		if (prev) {
			P.add(problem({ ...at, code: 'dubbel', severity: 'waarschuwing', value: `${reg.code} ${cat} ${period}`, message: `${reg.code}, ${cat}, ${period} staat dubbel (ook op ${src.lineWord} ${prev.line}); de eerste regel is gebruikt.`, fix: 'Laat per regio, categorie en periode één regel staan.' }));
			return;
		}
		rows.set(key, { level: reg.level, code: reg.code, category: cat, period, year: per.year, half: per.half, clients: Math.round(num.value), line });
	});
	// 10× the previous year of the same series is almost always a typing error
	const list = [...rows.values()].filter((r) => r.half === 0).sort((a, b) => a.code.localeCompare(b.code) || a.category.localeCompare(b.category) || a.year - b.year);
	for (let i = 1; i < list.length; i++) {
		const a = list[i - 1];
		const b = list[i];
		if (a.code === b.code && a.category === b.category && b.year === a.year + 1 && a.clients >= 10 && b.clients >= 10 * a.clients)
			P.add(problem({ file: file.name, line: b.line, lineWord: src.lineWord, code: 'sprong', severity: 'waarschuwing', value: String(b.clients), message: `${b.code} ${b.category} springt van ${a.clients} (${a.year}) naar ${b.clients} (${b.year}), ruim 10 keer zoveel.`, fix: 'Controleer het getal; laad het bestand opnieuw als het niet klopt.' }));
	}
	const out = [...rows.values()].map(({ line: _l, ...r }) => r);
	const problems = [...t.problems, ...m.problems, ...P.finish(file.name)];
	if (!out.length) {
		problems.push(problem({ file: file.name, code: 'geen_rijen', message: read ? `geen van de ${read} regels is bruikbaar.` : 'het bestand heeft wel een kopregel maar geen gegevens.', fix: 'Los de fouten hierboven op, of vul het sjabloon in.' }));
		return { ok: false, problems };
	}
	const main = new Set(MAIN_CATEGORIES.map((c) => c.id));
	const extra = extraCategories().filter((c) => out.some((r) => r.category === c.id) && !main.has(c.id));
	const set: LocalDataSet = {
		id: makeId('counts', file.name, opts.now),
		kind: 'counts',
		fileName: file.name,
		importedAt: (opts.now ?? new Date()).toISOString(),
		gemeenten: [...new Set(out.map((r) => (r.level === 'gemeente' ? r.code : (regions.get(r.code)?.gemeente_code ?? gemeenteOf(r.code)))))].sort(),
		period: periodRange(out.map((r) => r.period)),
		recordCount: read,
		clients: out,
		...(extra.length ? { extraCategories: extra } : {}),
		mapping: mappingOf(src, m.value)
	};
	return { ok: true, value: set, problems };
}
