// The refresh CLI: files in the mirror's layout from recorded responses, and one Dutch line
// (no stack trace) when offline or called wrongly.

import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runRefreshCli } from '../../../src/prep/sources/cbs-odata/cli';
import { recordedFetch } from '../../fixtures/cbs-odata/recordedFetch';

const dirs: string[] = [];
afterAll(async () => {
	for (const d of dirs) await rm(d, { recursive: true, force: true });
});

async function run(argv: string[], fetch = recordedFetch()) {
	const out: string[] = [];
	const err: string[] = [];
	const code = await runRefreshCli(argv, { fetch, log: (l) => out.push(l), error: (l) => err.push(l), now: new Date('2026-11-23T18:00:00Z') });
	return { code, out, err };
}

describe('refresh-cbs CLI', () => {
	it('writes wijk_totaal_jaar.csv in the mirror layout, the type file and provenance', async () => {
		const dir = await mkdtemp(join(tmpdir(), 'cbs-refresh-'));
		dirs.push(dir);
		const { code, err } = await run(['--year', '2025', '--out', dir]);
		expect(err).toEqual([]);
		expect(code).toBe(0);

		const wijk = (await readFile(join(dir, 'wmo/wijk_totaal_jaar.csv'), 'utf8')).trim().split('\n');
		expect(wijk[0].startsWith('codering_regio,perioden,financieringsvorm,wmoclienten,wmoclientenper1000inwoners,gemeentenaam,status,aantalinwoners,k0tot15jaar,k15tot25jaar')).toBe(true);
		expect(wijk).toHaveLength(3); // header + WK168000, WK168001; WK168100 of non-delivering GM1681 left out
		expect(wijk[1].startsWith('WK168000,2025,Totaal,110,27,Aa en Hunze,definitief,4030,600,430,800,1200,1000,')).toBe(true);
		expect(wijk[2].startsWith('WK168001,2025,Totaal,,,Aa en Hunze,definitief,1430,')).toBe(true);

		const gem = (await readFile(join(dir, 'wmo/gemeente_totaal_jaar.csv'), 'utf8')).trim().split('\n');
		expect(gem.slice(1).map((l) => l.split(',')[0])).toEqual(['GM1680', 'GM1681']);

		const types = (await readFile(join(dir, 'wmo/wijk_gemeente_type.csv'), 'utf8')).trim().split('\n');
		expect(types[0]).toBe('codering_regio,perioden,typemaatwerkvoorziening,wmoclienten,wmoclientenper1000inwoners,gemeentenaam');
		expect(types).toContain('WK168000,2025,Hulp bij het huishouden,35,9,Aa en Hunze');

		const prov = JSON.parse(await readFile(join(dir, 'cbs-refresh.json'), 'utf8'));
		expect(prov.fetched_at).toBe('2026-11-23T18:00:00.000Z');
		expect(prov.attribution).toBe('Bron: CBS');
		expect(prov.years).toEqual([{ year: 2025, wmo_table: '86158NED', kwb_table: '86165NED', wmo_rows: 7, kwb_rows: 4 }]);
	});

	it('with --mirror: copies the mirror and merges the new year into wijk_totaal_jaar.csv', async () => {
		const mirror = await mkdtemp(join(tmpdir(), 'cbs-mirror-'));
		const out = await mkdtemp(join(tmpdir(), 'cbs-merged-'));
		dirs.push(mirror, out);
		await mkdir(join(mirror, 'wmo'), { recursive: true });
		await mkdir(join(mirror, 'geo'), { recursive: true });
		await writeFile(join(mirror, 'geo/wijken_2024.geojson'), '{"type":"FeatureCollection","features":[]}');
		await writeFile(
			join(mirror, 'wmo/wijk_totaal_jaar.csv'),
			'codering_regio,perioden,financieringsvorm,wmoclienten,gemeentenaam,aantalinwoners\n' +
				'WK168000,2018,Totaal,180.0,Aa en Hunze,3560\n' +
				'WK082000,2018,Totaal,935.0,"Nuenen, Gerwen en Nederwetten",20080\n'
		);
		const { code, err } = await run(['--year', '2025', '--out', out, '--mirror', mirror]);
		expect(err).toEqual([]);
		expect(code).toBe(0);
		expect(await readFile(join(out, 'geo/wijken_2024.geojson'), 'utf8')).toContain('FeatureCollection');
		expect(await readFile(join(out, 'wmo/wijk_totaal_jaar.csv'), 'utf8')).toBe(
			'codering_regio,perioden,financieringsvorm,wmoclienten,gemeentenaam,aantalinwoners\n' +
				'WK168000,2018,Totaal,180.0,Aa en Hunze,3560\n' +
				'WK082000,2018,Totaal,935.0,"Nuenen, Gerwen en Nederwetten",20080\n' +
				'WK168000,2025,Totaal,110,Aa en Hunze,4030\n' +
				'WK168001,2025,Totaal,,Aa en Hunze,1430\n'
		);
		// the mirror itself is untouched
		expect((await readFile(join(mirror, 'wmo/wijk_totaal_jaar.csv'), 'utf8')).split('\n')).toHaveLength(4);
	});

	it('refuses --out inside the mirror before fetching anything', async () => {
		const fetch = recordedFetch();
		const { code, err } = await run(['--year', '2025', '--out', '/tmp/mirror-x/out', '--mirror', '/tmp/mirror-x'], fetch);
		expect(code).toBe(1);
		expect(err[0]).toContain('liggen in elkaar; kies een nieuwe, aparte map');
		expect(fetch.urls).toEqual([]);
	});

	it('offline: exit code 1 and one Dutch line, no stack trace', async () => {
		const offline = recordedFetch({ '86158NED/DataProperties': { throws: new TypeError('fetch failed') } });
		const { code, err } = await run(['--year', '2025', '--out', '/nonexistent-never-written'], offline);
		expect(code).toBe(1);
		expect(err).toHaveLength(1);
		expect(err[0]).toMatch(/^CBS open-data API: geen verbinding voor tabel 86158NED .*Deze machine lijkt offline/);
		expect(err[0]).not.toMatch(/\n\s+at /);
	});

	it('an unwritable --out is explained in Dutch', async () => {
		const dir = await mkdtemp(join(tmpdir(), 'cbs-file-'));
		dirs.push(dir);
		await writeFile(join(dir, 'not-a-dir'), 'x');
		const { code, err } = await run(['--year', '2025', '--out', join(dir, 'not-a-dir')]);
		expect(code).toBe(1);
		expect(err[0]).toMatch(/^CBS-verversing: kan de uitvoer niet schrijven .*kies met --out een map waar je schrijfrechten hebt/);
	});

	it('bad arguments and unknown years are explained in Dutch', async () => {
		expect((await run(['--year', 'abc', '--out', 'x'])).err[0]).toContain('ongeldig jaar "abc" bij --year');
		expect((await run(['--year', '2025'])).err[0]).toContain('geef de uitvoermap met --out');
		expect((await run(['--out', 'x', '--yaer', '2025'])).err[0]).toContain('onbekende optie "--yaer"');
		const unknown = await run(['--year', '2024', '--out', 'x']);
		expect(unknown.code).toBe(1);
		expect(unknown.err[0]).toContain('geen tabelnummer bekend voor 2024');
	});
});
