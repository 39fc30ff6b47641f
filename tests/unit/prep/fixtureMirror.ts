// A tiny but complete mirror written to a temp folder, so the data step can be run end to end in a
// unit test and then broken one file at a time. Two gemeenten of 2024: GM0001 (wijken WK000100,
// WK000101) and GM0003 (WK000300), the latter formed in 2018 from GM0002 and GM0003.

import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const square = (x: number, y: number) => ({ type: 'Polygon', coordinates: [[[x, y], [x + 0.01, y], [x + 0.01, y + 0.01], [x, y + 0.01], [x, y]]] });

const KWB_HEADER = 'aantalinwoners,k0tot15jaar,k15tot25jaar,k25tot45jaar,k45tot65jaar,k65jaarofouder,huishoudenstotaal';
const kwb = (inw: number) => `${inw},${inw * 0.2},${inw * 0.1},${inw * 0.3},${inw * 0.2},${inw * 0.2},${inw / 2}`;

export function fixtureFiles(): Record<string, string> {
	return {
		'geo/wijken_2024.geojson': JSON.stringify({
			type: 'FeatureCollection',
			features: [
				['WK000100', 'Noord', 'GM0001', 5, 52],
				['WK000101', 'Zuid', 'GM0001', 5.01, 52],
				['WK000300', 'Dorp', 'GM0003', 5.02, 52]
			].map(([c, n, g, x, y]) => ({ type: 'Feature', properties: { wijkcode: c, wijknaam: n, gemeentecode: g, gemeentenaam: g }, geometry: square(x as number, y as number) }))
		}),
		'geo/gemeenten_2024.geojson': JSON.stringify({
			type: 'FeatureCollection',
			features: [
				['GM0001', 'Eerstestad', 5],
				['GM0003', 'Samendorp', 5.02]
			].map(([c, n, x]) => ({ type: 'Feature', properties: { gemeentecode: c, gemeentenaam: n }, geometry: square(x as number, 52) }))
		}),
		// 2017: WK000199 was split into WK000100 (300 addresses) and WK000101 (100); GM0002 and
		// GM0003 merged into GM0003 (with their wijken WK000200 and WK000300).
		'grenswijzigingen/grenswijzigingen_long.csv': [
			'"variant","niveau","jaar_van","jaar_naar","code_van","code_naar","n_adressen"',
			'"adressen","wijk","2017","2024","000199","000100",300',
			'"adressen","wijk","2017","2024","000199","000101",100',
			'"adressen","wijk","2017","2024","000200","000300",200',
			'"adressen","wijk","2017","2024","000300","000300",600',
			'"adressen","gemeente","2017","2024","0002","0003",200',
			'"adressen","gemeente","2017","2024","0003","0003",600',
			'"adressen_met_toevoeging_woonfunctie","wijk","2017","2024","000199","000100",1'
		].join('\n'),
		'wmo/wijk_totaal_jaar.csv': [
			`codering_regio,perioden,financieringsvorm,wmoclienten,gemeentenaam,${KWB_HEADER}`,
			// 2015 codes are read as 2016 codes; WK000150 does not exist then and is dropped.
			`WK000100,2015,Totaal,50.0,Eerstestad,${kwb(2800)}`,
			`WK000101,2015,Totaal,20.0,Eerstestad,${kwb(900)}`,
			`WK000150,2015,Totaal,15.0,Eerstestad,${kwb(300)}`,
			// A published 0 is a suppressed cell written as 0 upstream.
			`WK000100,2016,Totaal,0.0,Eerstestad,${kwb(2900)}`,
			`WK000101,2016,Totaal,25.0,Eerstestad,${kwb(950)}`,
			`WK000199,2017,Totaal,80.0,Eerstestad,${kwb(4000)}`,
			`WK000200,2017,Totaal,40.0,Tweedorp,${kwb(1000)}`,
			`WK000300,2017,Totaal,60.0,Samendorp,${kwb(3000)}`,
			`WK000100,2018,Totaal,70.0,Eerstestad,${kwb(3000)}`,
			`WK000101,2018,Totaal,,Eerstestad,${kwb(1000)}`
		].join('\n'),
		'wmo/wijk_hh_halfjaar.csv': [`codering_regio,interval,perioden,typemaatwerkarrangement,wmoclienten,periodennum,${KWB_HEADER}`, `WK000100,2018,1e halfjaar 2018,Hulp bij het huishouden,20.0,201801,${kwb(3000)}`].join('\n'),
		'wmo/gemeente_hh_halfjaar.csv': [`codering_regio,interval,perioden,typemaatwerkarrangement,wmoclienten,periodennum,${KWB_HEADER}`, `GM0001,2018,1e halfjaar 2018,Hulp bij het huishouden,25.0,201801,${kwb(4000)}`].join('\n'),
		'wmo/gemeente_hh_jaar.csv': [`codering_regio,interval,perioden,typemaatwerkarrangement,wmoclienten,${KWB_HEADER}`, `GM0001,2018,2018,Hulp bij het huishouden,30.0,${kwb(4000)}`].join('\n'),
		'wmo/gemeente_type_jaar.csv': [
			'year,mun_code,hulp_bij_het_huishouden,hulpmiddelen_en_diensten,ondersteuning_thuis,verblijf_en_opvang,wmo_clienten_totaal,mun_name,n_inhabitants,age_0_15,age_15_25,age_25_45,age_45_65,age_65_plus,n_unmarried,n_married,n_divorced,n_widowed,n_benefit_welfare,n_benefit_unfitforwork',
			'2017,GM0001,30.0,40.0,20.0,,85.0,Eerstestad,4000,800,400,1200,800,800,1800,1600,300,300,60,150',
			'2017,GM0002,10.0,20.0,10.0,,45.0,Tweedorp,1000,200,100,300,200,200,450,400,75,75,15,40',
			'2017,GM0003,15.0,30.0,15.0,,65.0,Samendorp,3000,600,300,900,600,600,1350,1200,225,225,45,110',
			'2018,GM0001,30.0,40.0,20.0,,90.0,Eerstestad,4000,800,400,1200,800,800,1800,1600,300,300,60,150',
			'2018,GM0003,,,,,,Samendorp,4000,800,400,1200,800,800,1800,1600,300,300,60,150'
		].join('\n')
	};
}

/** Writes the fixture mirror, with optional per-file replacements (null deletes a file). */
export function writeFixtureMirror(overrides: Record<string, string | null> = {}): string {
	const dir = mkdtempSync(join(tmpdir(), 'wmo-mirror-'));
	const files = { ...fixtureFiles(), ...overrides };
	for (const [path, text] of Object.entries(files)) {
		if (text === null) continue;
		mkdirSync(join(dir, path, '..'), { recursive: true });
		writeFileSync(join(dir, path), text);
	}
	return dir;
}
