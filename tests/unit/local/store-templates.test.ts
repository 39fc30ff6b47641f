// IndexedDB store (with fake-indexeddb), templates that read back cleanly, the CBS comparison.
import { describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { clearAll, deleteDataSet, listDataSets, saveDataSet } from '../../../src/lib/local/store';
import { countsTemplate, populationTemplate, recordsTemplate } from '../../../src/lib/local/templates';
import { importCounts } from '../../../src/lib/local/counts';
import { importPopulation } from '../../../src/lib/local/population';
import { compareWithCbs, comparisonLines } from '../../../src/lib/local/compare';
import { RECORD_FIELDS } from '../../../src/lib/local/records/normalize';
import { mapColumns } from '../../../src/lib/local/mapping';
import type { LocalDataSet } from '../../../src/lib/local/types';
import { REGIONS, file } from './helpers';

const set = (id: string, importedAt: string): LocalDataSet => ({
	id,
	kind: 'counts',
	fileName: `${id}.csv`,
	importedAt,
	gemeenten: ['GM0344'],
	period: { from: '2024', to: '2024' },
	recordCount: 1,
	clients: [{ level: 'gemeente', code: 'GM0344', category: 'totaal', period: '2024', year: 2024, half: 0, clients: 10 }],
	mapping: { fields: { regio: 'regio' }, ignored: [], encoding: 'UTF-8' }
});

describe('store', () => {
	it('saves, lists in import order, deletes, and clears everything', async () => {
		const idb = new IDBFactory();
		await saveDataSet(set('b', '2026-01-02T00:00:00Z'), idb);
		await saveDataSet(set('a', '2026-01-01T00:00:00Z'), idb);
		expect((await listDataSets(idb)).map((s) => s.id)).toEqual(['a', 'b']);
		await deleteDataSet('a', idb);
		expect((await listDataSets(idb)).map((s) => s.id)).toEqual(['b']);
		await clearAll(idb);
		expect(await listDataSets(idb)).toEqual([]);
	});
	it('says so when there is no IndexedDB', async () => {
		await expect(listDataSets()).rejects.toThrow(/IndexedDB is niet beschikbaar/);
	});
});

describe('templates', () => {
	it('the population template reads back with the expected mapping (empty cells are reported, not fatal to the header)', async () => {
		const t = populationTemplate('GM0344', ['WK034401'], [2026]);
		expect(t.text.startsWith('\ufeffregio;jaar;inwoners;0-14;15-24;25-44;45-64;65+')).toBe(true);
		const filled = t.text.replace('GM0344;2026;;;;;;', 'GM0344;2026;360000;;;;;').replace('WK034401;2026;;;;;;', 'WK034401;2026;20000;;;;;');
		const r = await importPopulation(file(t.fileName, filled), { regions: REGIONS });
		expect(r.ok).toBe(true);
		expect(r.value!.population!.length).toBe(2);
	});
	it('the counts template has every category and period, and reads back', async () => {
		const t = countsTemplate('GM0344', [2024]);
		const filled = t.text.replace(/;\r\n/g, ';5\r\n');
		const r = await importCounts(file(t.fileName, filled), { regions: REGIONS });
		expect(r.ok).toBe(true);
		expect(r.value!.clients!.length).toBe(15);
	});
	it('the records template has every WMOBUS column', () => {
		const t = recordsTemplate('GM0344');
		const header = t.text.slice(1).split('\r\n')[0].split(';');
		const m = mapColumns(header, RECORD_FIELDS, t.fileName, 1);
		expect(m.ok).toBe(true);
		expect(Object.keys(m.value!.fields)).toEqual(expect.arrayContaining(['person', 'type', 'gemeente', 'b', 'e', 'vb', 've', 'fin', 'reden', 'consent', 'toew', 'lev', 'buurt']));
	});
});

describe('compareWithCbs', () => {
	it('pairs own and CBS rows for the periods both have', () => {
		const own = [
			{ level: 'gemeente' as const, code: 'GM0344', category: 'totaal', period: '2018', year: 2018, half: 0, clients: 105 },
			{ level: 'gemeente' as const, code: 'GM0344', category: 'totaal', period: '2024', year: 2024, half: 0, clients: 130 }
		];
		const cbs = [{ level: 'gemeente' as const, code: 'GM0344', category: 'totaal' as const, period: '2018', year: 2018, half: 0, clients: 100, status: 'observed' as const, converted: false }];
		expect(compareWithCbs(own, cbs)).toEqual([{ level: 'gemeente', code: 'GM0344', category: 'totaal', period: '2018', own: 105, cbs: 100, difference: 5, relative: 0.05, cbsStatus: 'observed' }]);
	});
});

describe('comparisonLines', () => {
	it('keeps gemeente rows and sums the wijken CBS reports, per category and period', () => {
		const row = (level: 'wijk' | 'gemeente', code: string, own: number, cbs: number | null) => ({
			level, code, category: 'totaal', period: '2018', own, cbs, difference: cbs == null ? null : own - cbs, relative: cbs ? (own - cbs) / cbs : null, cbsStatus: cbs == null ? ('suppressed' as const) : ('observed' as const)
		}); // prettier-ignore
		const lines = comparisonLines([row('gemeente', 'GM1', 210, 200), row('wijk', 'WK1', 110, 100), row('wijk', 'WK2', 95, 100), row('wijk', 'WK3', 7, null)], (c) => `naam ${c}`);
		expect(lines).toEqual([
			{ label: 'naam GM1', category: 'totaal', period: '2018', own: 210, cbs: 200, relative: 0.05 },
			// WK3 has no CBS figure: left out of both sums, so (110 + 95 − 200) / 200 = 2.5%.
			{ label: 'Wijken samen', category: 'totaal', period: '2018', own: 205, cbs: 200, relative: 0.025, wijken: 2 }
		]);
	});
});
