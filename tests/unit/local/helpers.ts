import type { LocalRegion } from '../../../src/lib/local/types';

export const REGIONS: LocalRegion[] = [
	{ code: 'GM0344', level: 'gemeente', name: 'Utrecht', gemeente_code: 'GM0344' },
	{ code: 'WK034401', level: 'wijk', name: 'West', gemeente_code: 'GM0344' },
	{ code: 'WK034402', level: 'wijk', name: 'Noordwest', gemeente_code: 'GM0344' },
	{ code: 'WK034403', level: 'wijk', name: 'Centrum', gemeente_code: 'GM0344' },
	{ code: 'GM0363', level: 'gemeente', name: 'Amsterdam', gemeente_code: 'GM0363' },
	{ code: 'WK036300', level: 'wijk', name: 'Centrum', gemeente_code: 'GM0363' },
	{ code: 'GM1900', level: 'gemeente', name: 'Súdwest-Fryslân', gemeente_code: 'GM1900' }
];

export function file(name: string, text: string) {
	return { name, bytes: new TextEncoder().encode(text) };
}

export const RECORD_HEADER = 'RINPERSOONS;RINPERSOON;TypeArrangementWmo;GEMWMOJJJJ;vlgnrWmo;BegingeldigheidWmo;EindgeldigheidWmo;BegindatumWmo;EinddatumWmo;FinancieringsvormWmo;RedeneindeWmo;ToestemmingWmo';

/** One record line: person, type, begin, end (JJJJMMDD or ''), optional extra fields. */
export function rec(p: string, type: string, b: string, e: string, o: { vb?: string; ve?: string; fin?: string; reden?: string; consent?: string; gm?: string } = {}): string {
	return ['R', p, type, o.gm ?? '0344', '1', o.vb ?? '', o.ve ?? '', b, e, o.fin ?? '4', o.reden ?? '', o.consent ?? '3'].join(';');
}
