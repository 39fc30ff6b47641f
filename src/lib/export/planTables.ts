// The planning tables of an export (issues 11 and 14): the gemeente's series per category, the
// comparable gemeenten, the scenario next to unchanged policy, and the costs. Each is built from the
// views the page already shows, so an exported figure is the figure on screen, unrounded.
import { CATEGORIES, CATEGORY_LABELS, type Category } from '../snapshot/schema';
import type { GemeenteView, RegionSeries } from '../view/types';
import type { PeerView } from '../view/benchmark/peerView';
import type { SubcategoryView } from '../view/subcategories';
import { spending, type CostSettings, type ScenarioLevers, type ScenarioYear } from '../view/scenario';
import { seriesTable } from './fromViews';
import type { ExportCell, ExportColumn, ExportTable } from './types';

/** One row per category: the gemeente's whole series (observed years, then forecast and interval). */
export function gemeenteSeriesTable(gm: GemeenteView): ExportTable {
	const rows = CATEGORIES.filter((c) => gm.series[c]).map((c) => ({ ...gm.series[c].gemeente, code: c, name: CATEGORY_LABELS[c] }));
	const years = `${gm.historyYears[0] ?? ''}–${gm.forecastYears.at(-1) ?? ''}`;
	return seriesTable('Gemeentereeks', `${gm.name}: cliënten per categorie, ${years} (ongewijzigd beleid)`, rows, undefined, 'Categorie');
}

/** The comparable gemeenten of the benchmark: distance, inhabitants and each category's share. */
export function peersTable(p: PeerView): ExportTable {
	const columns: ExportColumn[] = [
		{ header: 'Code', kind: 'text' },
		{ header: 'Gemeente', kind: 'text' },
		{ header: 'Rol', kind: 'text' },
		{ header: `Afstand op kenmerken ${p.year ?? ''} (sd)`, kind: 'number' },
		{ header: `Inwoners ${p.year ?? ''}`, kind: 'count' },
		...p.categories.flatMap((c): ExportColumn[] => [
			{ header: `Aandeel inwoners ${c.label} ${c.year}`, kind: 'share', digits: 4 },
			{ header: `Cliënten ${c.label} ${c.year}`, kind: 'count' }
		])
	];
	const bar = (code: string, c: PeerView['categories'][number]) => c.bars.find((b) => b.code === code);
	const rows: ExportCell[][] = p.peers.map((r) => [
		r.code,
		r.name,
		r.isTarget ? 'gekozen gemeente' : 'vergelijkbaar',
		r.distance,
		r.inhabitants,
		...p.categories.flatMap((c) => [bar(r.code, c)?.share ?? null, bar(r.code, c)?.clients ?? null])
	]);
	const land = (c: PeerView['categories'][number]) => c.bars.find((b) => b.kind === 'land');
	const totalRow: ExportCell[] = ['NL', 'Nederland', 'land', null, null, ...p.categories.flatMap((c) => [land(c)?.share ?? null, land(c)?.clients ?? null])];
	return {
		sheet: 'Vergelijkbare gemeenten',
		title: `${p.name}: de ${p.k} meest vergelijkbare gemeenten (${p.candidates} vergeleken). ${p.caveat}`,
		columns,
		rows,
		totalRow
	};
}

/** Per forecast year: clients and euros under unchanged policy and under the scenario. */
export function scenarioTable(where: string, categoryLabel: string, years: ScenarioYear[], levers: string): ExportTable {
	const diff = (a: number | null, b: number | null) => (a === null || b === null ? null : b - a);
	return {
		sheet: 'Scenario',
		title: `${categoryLabel}, ${where}: scenario (${levers}) naast ongewijzigd beleid. Een scenario is een rekenvoorbeeld, geen voorspelling.`,
		columns: [
			{ header: 'Jaar', kind: 'text' },
			{ header: 'Cliënten ongewijzigd beleid', kind: 'count' },
			{ header: 'Cliënten scenario', kind: 'count' },
			{ header: 'Verschil cliënten', kind: 'count' },
			{ header: 'Uitgaven ongewijzigd beleid (euro)', kind: 'euro' },
			{ header: 'Uitgaven scenario (euro)', kind: 'euro' },
			{ header: 'Verschil uitgaven (euro)', kind: 'euro' }
		],
		rows: years.map((y) => [String(y.year), y.baseline, y.scenario, diff(y.baseline, y.scenario), y.baselineEuro, y.scenarioEuro, diff(y.baselineEuro, y.scenarioEuro)])
	};
}

/**
 * Expected spending per category with a tariff: the cost per client indexed to each forecast year,
 * the forecast clients and interval, and their product. `seriesOf` gives the area's series of a
 * category (under the scenario in view).
 */
export function costsTable(where: string, costs: CostSettings, seriesOf: (c: Category) => RegionSeries | null): ExportTable | null {
	const rows: ExportCell[][] = [];
	for (const c of CATEGORIES) {
		const s = costs.perClient[c] === undefined ? null : seriesOf(c);
		if (!s?.forecast.length) continue;
		const first = s.forecast[0].year;
		for (const f of s.forecast) {
			const eur = (v: number | null) => spending(v, costs, c, f.year, first);
			rows.push([CATEGORY_LABELS[c], String(f.year), eur(1), f.forecast, eur(f.forecast), eur(f.lower), eur(f.upper)]);
		}
	}
	if (!rows.length) return null;
	return {
		sheet: 'Kosten',
		title: `Verwachte uitgaven, ${where}: prognose × kosten per cliënt (eigen tarief, prijsindex ${String(costs.priceIndex).replace('.', ',')}% per jaar)`,
		columns: [
			{ header: 'Categorie', kind: 'text' },
			{ header: 'Jaar', kind: 'text' },
			{ header: 'Kosten per cliënt (euro)', kind: 'euro' },
			{ header: 'Prognose cliënten', kind: 'count' },
			{ header: 'Verwachte uitgaven (euro)', kind: 'euro' },
			{ header: 'Ondergrens 80%-interval (euro)', kind: 'euro' },
			{ header: 'Bovengrens 80%-interval (euro)', kind: 'euro' }
		],
		rows
	};
}

/** Subcategories of the user's own records: own counts, share of the parent, forecast with interval. */
export function subcategoriesTable(name: string, rows: SubcategoryView[]): ExportTable {
	const own = [...new Set(rows.flatMap((r) => r.history.map((h) => h.year)))].sort((a, b) => a - b);
	const fc = rows[0]?.forecast.map((f) => f.year) ?? [];
	return {
		sheet: 'Subcategorieën',
		title: `${name}: subcategorieën uit eigen gegevens, prognose als aandeel van de hoofdcategorie (laatste drie jaren samen)`,
		columns: [
			{ header: 'Subcategorie', kind: 'text' },
			{ header: 'Valt onder', kind: 'text' },
			...own.map((y): ExportColumn => ({ header: `Cliënten ${y} (eigen gegevens)`, kind: 'count' })),
			{ header: 'Aandeel in hoofdcategorie', kind: 'share', digits: 4 },
			...fc.flatMap((y): ExportColumn[] => [
				{ header: `Prognose ${y}`, kind: 'count' },
				{ header: `Ondergrens 80%-interval ${y}`, kind: 'count' },
				{ header: `Bovengrens 80%-interval ${y}`, kind: 'count' }
			]),
			{ header: 'Betrouwbaarheid', kind: 'text' }
		],
		rows: rows.map((r) => [
			r.label,
			r.parentLabel,
			...own.map((y) => r.history.find((h) => h.year === y)?.clients ?? null),
			r.share,
			...fc.flatMap((y) => {
				const f = r.forecast.find((p) => p.year === y);
				return [f?.forecast ?? null, f?.lower ?? null, f?.upper ?? null];
			}),
			r.reliability === 'ok' ? 'betrouwbaar' : r.reliability === 'unreliable' ? 'onbetrouwbaar' : 'geen prognose'
		])
	};
}

/** The levers as the settings lines of the Bronnen sheet and as one phrase for a title. */
export function scenarioSettings(levers: ScenarioLevers, costs: CostSettings, firstForecastYear: number): Array<{ label: string; value: string | number }> {
	const out: Array<{ label: string; value: string | number }> = [];
	const nl = (v: number) => String(v).replace('.', ',');
	if (levers.growth65) out.push({ label: 'Scenario: extra groei 65-plussers (procentpunt per jaar)', value: levers.growth65 });
	if (levers.growthTotal) out.push({ label: 'Scenario: extra groei hele bevolking (procentpunt per jaar)', value: levers.growthTotal });
	for (const c of CATEGORIES) {
		const p = levers.policy[c];
		if (p) out.push({ label: `Scenario: beleidseffect ${CATEGORY_LABELS[c]} (%)`, value: p });
	}
	if (Object.keys(levers.policy).length) out.push({ label: 'Scenario: beleidseffect vanaf', value: levers.policyFrom ?? firstForecastYear });
	for (const c of CATEGORIES) {
		const t = costs.perClient[c];
		if (t !== undefined) out.push({ label: `Kosten per cliënt ${CATEGORY_LABELS[c]} (euro, prijzen ${firstForecastYear})`, value: t });
	}
	if (costs.priceIndex) out.push({ label: 'Prijsindex (% per jaar)', value: nl(costs.priceIndex) });
	return out;
}

/** "extra groei 65+ 1 procentpunt per jaar; hulp bij het huishouden −10% vanaf 2020". */
export function leverPhrase(levers: ScenarioLevers, firstForecastYear: number): string {
	const nl = (v: number) => `${v > 0 ? '+' : ''}${String(v).replace('.', ',').replace('-', '−')}`;
	const parts: string[] = [];
	if (levers.growth65) parts.push(`extra groei 65-plussers ${nl(levers.growth65)} procentpunt per jaar`);
	if (levers.growthTotal) parts.push(`extra groei bevolking ${nl(levers.growthTotal)} procentpunt per jaar`);
	for (const c of CATEGORIES) {
		const p = levers.policy[c];
		if (p) parts.push(`${CATEGORY_LABELS[c].toLowerCase()} ${nl(p)}% vanaf ${levers.policyFrom ?? firstForecastYear}`);
	}
	return parts.join('; ') || 'geen hefbomen';
}
