// Name matching for GemeenteSearch: accent- and case-insensitive, prefix matches first, so typing
// "s-her" or "den bosch" finds 's-Hertogenbosch where possible.
export interface GemeenteOption {
	code: string;
	name: string;
}

export function normaliseName(s: string): string {
	return s
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[’'`.\-()]/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

/** Common names that differ from the official gemeente name. */
const ALIASES: Record<string, string> = {
	'den bosch': 's hertogenbosch',
	'den haag': 's gravenhage'
};

export function searchGemeenten(options: GemeenteOption[], query: string, limit = 10): GemeenteOption[] {
	const q0 = normaliseName(query);
	if (!q0) return [];
	const q = ALIASES[q0] ?? q0;
	const code = query.trim().toUpperCase();
	const scored: Array<[number, GemeenteOption]> = [];
	for (const o of options) {
		const n = normaliseName(o.name);
		let score = -1;
		if (o.code === code || o.code === `GM${code}`) score = 0;
		else if (n === q) score = 1;
		else if (n.startsWith(q)) score = 2;
		else if (n.split(' ').some((w) => w.startsWith(q))) score = 3;
		else if (n.includes(q)) score = 4;
		if (score >= 0) scored.push([score, o]);
	}
	scored.sort((a, b) => a[0] - b[0] || a[1].name.localeCompare(b[1].name, 'nl'));
	return scored.slice(0, limit).map((s) => s[1]);
}
