// The measures (maatstaven) of the objective distribution, after table 4.2 of seed 004 (AEF,
// "Objectief verdeelmodel Wmo 2015"), as counts per gemeente built from the snapshot, with the sign
// each weight may take. Measures the snapshot lacks are listed, not faked.

import { COHORT_BANDS, INDICATOR_IDS, type LevelPanel } from '../panel';
import type { SignConstraint } from '../crossSection';

export type MeasureId = 'inwoners' | 'inwoners_65plus' | 'eenpersoonshuishoudens' | 'uitkeringen_ao' | 'huishoudens_laag_inkomen' | 'stedelijkheid';

export interface MeasureDef {
	id: MeasureId;
	/** The report's measure (table 4.2). */
	label: string;
	/** What the snapshot gives for it, in plain Dutch. */
	source: string;
	sign: SignConstraint;
	/** Unit of one "eenheid" in the table. */
	unit: string;
}

export const MEASURES: readonly MeasureDef[] = [
	{ id: 'inwoners', label: 'Inwoners (INW)', source: 'inwoners op 1 januari (KWB)', sign: 'nonneg', unit: 'inwoner' },
	{ id: 'inwoners_65plus', label: 'Inwoners 65+ (INW65+)', source: 'inwoners van 65 jaar of ouder (KWB)', sign: 'nonneg', unit: 'inwoner 65+' },
	{ id: 'eenpersoonshuishoudens', label: 'Eenpersoonshuishoudens (EPH)', source: 'aandeel eenpersoonshuishoudens × huishoudens (inwoners / gemiddelde huishoudensgrootte)', sign: 'nonneg', unit: 'huishouden' },
	{
		id: 'uitkeringen_ao',
		label: 'Uitkeringsontvangers zonder bijstand (UO-BO)',
		source: 'benaderd met personen met een arbeidsongeschiktheidsuitkering (KWB); WW en andere uitkeringen ontbreken',
		sign: 'nonneg',
		unit: 'persoon'
	},
	{
		id: 'huishoudens_laag_inkomen',
		label: 'Huishoudens met een laag inkomen (HHLIDR)',
		source: 'aandeel huishoudens met een laag inkomen × huishoudens (KWB), zonder de drempel van het rapport',
		sign: 'nonneg',
		unit: 'huishouden'
	},
	{
		id: 'stedelijkheid',
		label: 'Stedelijkheid: OAD × woningen / 1.000',
		source: 'omgevingsadressendichtheid × huishoudens / 1.000 (huishoudens als benadering van woningen)',
		sign: 'nonpos',
		unit: 'OAD × woning / 1.000'
	}
];

/** Measures of table 4.2 that the snapshot does not have: named so the user knows. */
export const MISSING_MEASURES: readonly { label: string; reason: string }[] = [
	{ label: 'Wajonguitkeringen (Wajong)', reason: 'niet in de CBS-kerncijfers van de mirror; de AO-uitkeringen bevatten de Wajong wel, zonder onderscheid' },
	{ label: 'Medicijngebruik boven drempel (FKGdr)', reason: 'Vektis-gegevens, geen open CBS-data' },
	{ label: 'Lokaal klantenpotentieel (KPlok)', reason: 'een maatstaf van het Gemeentefonds (BZK), niet in de mirror' },
	{ label: 'Kernen > 500 adressen', reason: 'een maatstaf van het Gemeentefonds (BZK), niet in de mirror' }
];

/** Why urbanity gets a non-positive weight (seed 004, § 3.5.4 and bijlage A). */
export const URBANITY_NOTE =
	'Stedelijkheid krijgt, zoals in het AEF-rapport, een gewicht van 0 of lager. Het rapport vond dat grote, stedelijke gemeenten met alleen de andere maatstaven te veel budget zouden krijgen: in de stad kan ondersteuning goedkoper worden georganiseerd (groepen raken sneller vol, ambulante begeleiding en collectieve voorzieningen zijn makkelijker te regelen). De negatieve maatstaf corrigeert dat prijseffect. Bij cliëntaantallen (in plaats van euro’s) kan de regressie het gewicht ook op 0 zetten.';

/** Count of each measure per unit in year index y (NaN unknown), in MEASURES order. */
export function measureColumns(lp: LevelPanel, y: number): Record<MeasureId, Float64Array> {
	const nU = lp.codes.length;
	const nY = lp.nYears;
	const ind = (id: string) => lp.ind[INDICATOR_IDS.indexOf(id)];
	const b65 = lp.bands[COHORT_BANDS.indexOf('65+')];
	const at = (a: Float64Array, i: number) => a[i * nY + y];
	const col = (f: (i: number) => number) => Float64Array.from({ length: nU }, (_, i) => f(i));
	const pop = (i: number) => at(lp.pop, i);
	const households = (i: number) => pop(i) / at(ind('huishoudensgrootte'), i);
	return {
		inwoners: col(pop),
		inwoners_65plus: col((i) => (Number.isNaN(at(b65, i)) ? at(ind('aandeel_65plus'), i) * pop(i) : at(b65, i))),
		eenpersoonshuishoudens: col((i) => at(ind('aandeel_eenpersoonshuishoudens'), i) * households(i)),
		uitkeringen_ao: col((i) => at(ind('aandeel_ao'), i) * pop(i)),
		huishoudens_laag_inkomen: col((i) => at(ind('aandeel_laag_inkomen'), i) * households(i)),
		stedelijkheid: col((i) => (at(ind('omgevingsadressendichtheid'), i) * households(i)) / 1000)
	};
}
