// The table list, the catalogue lookup and title check, CBS status symbols, and regions of a
// newer indeling: the parts of `npm run refresh` that need no network.

import { describe, expect, it } from 'vitest';
import { screenCodes } from '../../../src/prep/assemble/screenCodes';
import { markProvisional } from '../../../src/prep/assemble/provisional';
import { identityMatrix } from '../../../src/prep/convert/matrix';
import { refreshPlan } from '../../../src/prep/refresh/plan';
import { checkTitles, findByTitle, mismatchLines } from '../../../src/prep/sources/cbs-odata/catalogue';
import { isProvisional, periodStatus } from '../../../src/prep/sources/cbs-odata/periodStatus';
import { KWB_API, WMO_WIJK_TYPE_API, preferredId } from '../../../src/prep/sources/cbs-tables';
import type { ClientRow } from '../../../src/lib/snapshot/schema';

describe('table ids (issue 16)', () => {
	it('lists the wijk tables by type with their re-issues, and no id for 2024', () => {
		expect(WMO_WIJK_TYPE_API.map((t) => [t.year, t.id, t.reissue ?? null])).toEqual([
			[2019, '84753NED', '86186NED'],
			[2020, '84908NED', '86187NED'],
			[2021, '85047NED', '86188NED'],
			[2022, '85377NED', '86189NED'],
			[2023, '85639NED', null],
			[2024, null, null],
			[2025, '86158NED', null]
		]);
		expect(KWB_API.map((t) => t.id)).toEqual(['84583NED', '84799NED', '85039NED', '85318NED', '85618NED', '85984NED', '86165NED', '86358NED']);
		expect(preferredId(WMO_WIJK_TYPE_API[0])).toBe('86186NED'); // the re-issue (new merge method) wins
	});

	it('finds the missing 2024 id in the catalogue by title', () => {
		const catalogue = [
			{ id: '80001NED', title: 'Wmo-cliënten naar type maatwerkvoorziening; wijken 2024' }, // invented id
			{ id: '85995NED', title: 'Wmo-cliënten naar financieringsvorm; wijken 2024' }
		];
		const plan = refreshPlan(catalogue);
		expect(plan.tables.find((t) => t.kind === 'wijk_type' && t.year === 2024)?.id).toBe('80001NED');
		expect(plan.messages.join('\n')).toMatch(/gevonden in de CBS-catalogus: 80001NED/);
	});

	it('says so in Dutch when the catalogue has no such title, and falls back to the financieringsvorm table for the totals', () => {
		const plan = refreshPlan([{ id: '85995NED', title: 'Wmo-cliënten naar financieringsvorm; wijken 2024' }]);
		expect(plan.tables.find((t) => t.kind === 'wijk_type' && t.year === 2024)?.id).toBe('85995NED');
		expect(plan.messages.join('\n')).toMatch(/Geen tabelnummer gevonden voor .*wijken 2024.*ook niet op titel in de CBS-catalogus.*85995NED/);
		const offline = refreshPlan(null);
		expect(offline.messages.join('\n')).toMatch(/de CBS-catalogus was niet bereikbaar/);
		// every year from 2019 to 2025 has a Wmo and a KWB table, plus the one gemeente table
		expect(offline.tables.filter((t) => t.kind === 'wijk_type').map((t) => t.year)).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025]);
		expect(offline.tables.filter((t) => t.kind === 'gemeente_type').map((t) => t.id)).toEqual(['86050NED']);
	});

	it('reports ids whose catalogue title no longer matches, or that are gone', () => {
		const tables = KWB_API.slice(0, 2);
		const mismatches = checkTitles(tables, [
			{ id: '84583NED', title: 'Kerncijfers wijken en buurten 2019' },
			{ id: '84799NED', title: 'Bevolking; kerncijfers 2020' }
		]);
		expect(mismatches).toEqual([{ id: '84799NED', expected: 'Kerncijfers wijken en buurten 2020', found: 'Bevolking; kerncijfers 2020' }]);
		expect(checkTitles(tables, [])).toHaveLength(2);
		expect(mismatchLines(mismatches)[0]).toMatch(/^Let op: tabel 84799NED heet in de CBS-catalogus "Bevolking; kerncijfers 2020"/);
		expect(findByTitle([{ id: 'A', title: 'x' }], /y/)).toBeNull();
	});
});

describe('CBS status symbols', () => {
	it('reads the Status field, else "*" and "**" after the period title', () => {
		expect(periodStatus({ Status: 'Voorlopig' })).toBe('voorlopig');
		expect(periodStatus({ Status: 'Nader voorlopig' })).toBe('nader_voorlopig');
		expect(periodStatus({ Status: 'Definitief', Title: '2024*' })).toBe('definitief');
		expect(periodStatus({ Title: '2025*' })).toBe('voorlopig');
		expect(periodStatus({ Title: '2024**' })).toBe('nader_voorlopig');
		expect(periodStatus({ Title: '2023' })).toBe('definitief');
		expect([isProvisional('voorlopig'), isProvisional('nader_voorlopig'), isProvisional('definitief'), isProvisional(undefined)]).toEqual([true, true, false, false]);
	});

	it('marks the client rows of a provisional period, and leaves definitief rows without the field', () => {
		const row = { level: 'wijk', code: 'WK168000', category: 'totaal', period: '2025', year: 2025, half: 0, clients: 110, status: 'observed', converted: false } as ClientRow;
		expect(markProvisional([row], [{ status: 'voorlopig' }])[0].provisional).toBe(true);
		expect('provisional' in markProvisional([row], [{ status: 'definitief' }, {}])[0]).toBe(false);
	});
});

describe('a newer indeling than the target', () => {
	const matrix = identityMatrix('wijk', 2024);
	const rec = (code: string, clients: number | null) => ({ code, file: 'wmo/wijk_totaal_jaar.csv', line: 2, clients, kwb: { aantalinwoners: 1000 } });

	it('keeps regions it cannot place out, and lists them', () => {
		const r = screenCodes([rec('WK168000', 110), rec('WK999901', 50)], 2025, matrix, new Set(['WK168000']));
		expect(r.kept.map((x) => x.code)).toEqual(['WK168000']);
		expect(r.droppedNewer.map((x) => x.code)).toEqual(['WK999901']);
	});

	it('still refuses an unknown code in a year the matrices cover', () => {
		expect(() => screenCodes([rec('WK999901', 50)], 2024, matrix, new Set(['WK168000']))).toThrow(/onbekende regiocode "WK999901"/);
	});
});
