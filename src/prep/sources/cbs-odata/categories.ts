// Client category of a Wmo dimension member, by its title: CBS renamed the dimension
// (TypeMaatwerkarrangement → TypeMaatwerkvoorziening) and its keys differ per table, but the
// titles stayed recognisable.

import type { Category } from '../../../lib/snapshot/schema';

/** Category of a dimension title; null for titles that are no category (e.g. "Uitsluitend pgb"). */
export function categoryFromTitle(column: string, title: string): Category | null {
	const t = title.trim().toLowerCase();
	if (t.startsWith('totaal')) return 'totaal';
	if (column === 'financieringsvorm') return null; // only its total is a client count we use
	if (t.includes('huishouden')) return 'hulp_bij_het_huishouden';
	if (t.includes('ondersteuning')) return 'ondersteuning_thuis';
	if (t.includes('hulpmiddel')) return 'hulpmiddelen_en_diensten';
	if (t.includes('verblijf')) return 'verblijf_en_opvang';
	return null;
}
