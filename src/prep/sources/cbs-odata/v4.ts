// One table through CBS's OData v4 service (datasets.cbs.nl/odata/v1/CBS/{id}), turned into the
// same records as the v3 path (refresh.ts fetchTableV3), so everything downstream is shared.
// The v4 shape, as CBS's new portal and its R client cbsodata4 describe it (long format):
// - Dimensions: {Identifier, Title, Kind: "Dimension" | "GeoDimension" | "TimeDimension", ...}
// - MeasureCodes: {Identifier (an opaque code such as "M000352"), Title, Unit, DataType, Decimals}
// - <Dimension>Codes: {Identifier, Title, ...}; PeriodenCodes also carry Status (Definitief, Voorlopig)
// - Observations: {Id, Measure, ValueAttribute, Value, <one column per dimension>}, one row per
//   measure; paged with "@odata.nextLink". ValueAttribute "None" is a published value; any other
//   ("Missing", "Confidential", ...: the "." of StatLine) means no value, kept as null, never 0.
// Measure codes are opaque, so measures are recognised by title (V4_MEASURE_TITLES).

import type { CbsODataClient } from './client';
import { structureError } from './errors';
import { mirrorKey, parseCbsNumber, parsePeriod, regionLevel, trimCode, type MirrorRecord } from './mapping';
import { periodStatus } from './periodStatus';
import { allOf, checkTopic, regionFilter, type FetchedTable, type RequiredTopic } from './refresh';

/** Normalised measure title → mirror key: the v3 keys of the same topics, lower-cased (see mapping.ts). */
export const V4_MEASURE_TITLES: Record<string, string> = {
	'wmo-cliënten': 'wmoclienten',
	'wmo-cliënten per 1 000 inwoners': 'wmoclientenper1000inwoners',
	gemeentenaam: 'gemeentenaam',
	'aantal inwoners': 'aantalinwoners',
	'0 tot 15 jaar': 'k0tot15jaar',
	'15 tot 25 jaar': 'k15tot25jaar',
	'25 tot 45 jaar': 'k25tot45jaar',
	'45 tot 65 jaar': 'k45tot65jaar',
	'65 jaar of ouder': 'k65jaarofouder',
	ongehuwd: 'ongehuwd',
	gehuwd: 'gehuwd',
	gescheiden: 'gescheiden',
	verweduwd: 'verweduwd',
	'huishoudens totaal': 'huishoudenstotaal',
	eenpersoonshuishoudens: 'eenpersoonshuishoudens',
	'gemiddelde huishoudensgrootte': 'gemiddeldehuishoudensgrootte',
	'gemiddeld inkomen per inwoner': 'gemiddeldinkomenperinwoner',
	'huishoudens met een laag inkomen': 'huishoudensmeteenlaaginkomen',
	'huish. onder of rond sociaal minimum': 'huishonderofrondsociaalminimum',
	'personen per soort uitkering; bijstand': 'personenpersoortuitkeringbijstand',
	'personen per soort uitkering; ao': 'personenpersoortuitkeringao',
	'personen per soort uitkering; aow': 'personenpersoortuitkeringaow',
	omgevingsadressendichtheid: 'omgevingsadressendichtheid'
};

const normalise = (title: string) => title.trim().toLowerCase().replace(/\s+/g, ' ');

/** Mirror key of a v4 measure: from its title, else a key made from the title the way v3 keys are. */
export function measureKey(title: string): string {
	return V4_MEASURE_TITLES[normalise(title)] ?? mirrorKey(title.replace(/[^A-Za-z0-9]+/g, ''));
}

const str = (v: unknown) => (typeof v === 'string' ? v : v === null || v === undefined ? '' : String(v));

export async function fetchTableV4(client: CbsODataClient, id: string, year: number | null, required: RequiredTopic): Promise<FetchedTable> {
	const dims = await client.collection(id, 'Dimensions');
	const geo = dims.find((d) => d.Kind === 'GeoDimension');
	const time = dims.find((d) => d.Kind === 'TimeDimension');
	if (!geo) throw structureError(id, 'een regio-dimensie (Kind "GeoDimension")');
	const geoKey = str(geo.Identifier);
	const timeKey = time ? str(time.Identifier) : undefined;
	const others = dims.filter((d) => d.Kind === 'Dimension').map((d) => str(d.Identifier));

	const measures = await client.collection(id, 'MeasureCodes');
	const keyOf = new Map<string, string>();
	const units: Record<string, string> = {};
	for (const m of measures) {
		const key = measureKey(str(m.Title));
		keyOf.set(str(m.Identifier), key);
		if (m.Unit) units[key] = str(m.Unit).trim();
	}
	checkTopic(id, [...keyOf.values()], required);

	const titles: Record<string, Record<string, string>> = {};
	for (const d of others) titles[d] = Object.fromEntries((await client.collection(id, `${d}Codes`)).map((c) => [str(c.Identifier).trim(), str(c.Title).trim()]));
	const statuses = timeKey ? Object.fromEntries((await client.collection(id, `${timeKey}Codes`)).map((c) => [str(c.Identifier).trim(), periodStatus(c)])) : {};

	const wanted = required.columns ? [...keyOf].filter(([, key]) => required.columns?.includes(key)).map(([code]) => code) : [];
	const filter = allOf(
		regionFilter(geoKey),
		timeKey && year !== null ? `startswith(${timeKey},'${year}')` : undefined,
		wanted.length ? `(${wanted.map((m) => `Measure eq '${m}'`).join(' or ')})` : undefined
	);
	const observations = await client.collection(id, 'Observations', { filter });
	const byCell = new Map<string, MirrorRecord>();
	for (const o of observations) {
		const code = trimCode(str(o[geoKey]));
		if (regionLevel(code) === null) continue;
		const periodKey = timeKey ? trimCode(str(o[timeKey])) : '';
		const cellKey = [code, periodKey, ...others.map((d) => str(o[d]))].join('|');
		let rec = byCell.get(cellKey);
		if (!rec) {
			rec = { codering_regio: code };
			if (timeKey) {
				const p = parsePeriod(periodKey);
				rec.perioden = p?.perioden ?? periodKey;
				if (p?.periodennum !== undefined) {
					rec.interval = p.year;
					rec.periodennum = p.periodennum;
				}
				rec.status = statuses[periodKey] ?? 'definitief';
			}
			for (const d of others) rec[mirrorKey(d)] = titles[d]?.[trimCode(str(o[d]))] ?? trimCode(str(o[d]));
			byCell.set(cellKey, rec);
		}
		const key = keyOf.get(str(o.Measure)) ?? mirrorKey(str(o.Measure));
		const published = o.ValueAttribute === undefined || o.ValueAttribute === null || o.ValueAttribute === 'None';
		if (typeof o.StringValue === 'string') rec[key] = published ? o.StringValue.trim() || null : null;
		else rec[key] = published ? parseCbsNumber((o.Value ?? null) as string | number | null) : null;
	}
	const columns = ['codering_regio', ...(timeKey ? ['perioden'] : []), ...others.map(mirrorKey), ...new Set(keyOf.values())];
	if (timeKey) columns.push('interval', 'periodennum', 'status');
	return { id, records: [...byCell.values()], units, columns };
}
