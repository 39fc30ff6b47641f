// Name matching for GemeenteSearch: accent- and case-insensitive, prefix matches first, so typing
// "s-her", "den bosch" or just "den b" finds 's-Hertogenbosch.
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

/** Common names that differ from the official gemeente name (normalised alias → normalised name). */
const ALIASES: Record<string, string> = {
	'den bosch': 's hertogenbosch',
	'den haag': 's gravenhage'
};

/** Match quality, best first: code, exact, prefix, word prefix, substring. */
export const SCORE = { code: 0, exact: 1, prefix: 2, wordPrefix: 3, substring: 4 } as const;

function nameScore(n: string, q: string): number {
	if (n === q) return SCORE.exact;
	if (n.startsWith(q)) return SCORE.prefix;
	if (n.split(' ').some((w) => w.startsWith(q))) return SCORE.wordPrefix;
	if (n.includes(q)) return SCORE.substring;
	return -1;
}

export interface ScoredOption {
	option: GemeenteOption;
	score: number;
}

/** Every match with its score, best first (ties alphabetical in Dutch). */
export function scoreGemeenten(options: GemeenteOption[], query: string, limit = 10): ScoredOption[] {
	const q = normaliseName(query);
	if (!q) return [];
	const code = query.trim().toUpperCase();
	// Aliases match like names, by prefix too: "den b" is on its way to "den bosch".
	const aliasNames = new Map<string, string[]>();
	for (const [alias, name] of Object.entries(ALIASES)) aliasNames.set(name, [...(aliasNames.get(name) ?? []), alias]);
	const scored: ScoredOption[] = [];
	for (const o of options) {
		const n = normaliseName(o.name);
		let score = o.code === code || o.code === `GM${code}` ? SCORE.code : nameScore(n, q);
		for (const alias of aliasNames.get(n) ?? []) {
			const s = nameScore(alias, q);
			// An alias counts as a name match only from its start (no substring hits inside "den haag").
			if (s >= 0 && s <= SCORE.wordPrefix && (score < 0 || s < score)) score = s;
		}
		if (score >= 0) scored.push({ option: o, score });
	}
	scored.sort((a, b) => a.score - b.score || a.option.name.localeCompare(b.option.name, 'nl'));
	return scored.slice(0, limit);
}

export function searchGemeenten(options: GemeenteOption[], query: string, limit = 10): GemeenteOption[] {
	return scoreGemeenten(options, query, limit).map((s) => s.option);
}

/**
 * What Enter chooses when no option is highlighted: the best match, but only when it matches the
 * code, the whole name, or the start of the name or of one of its words. A bare substring hit
 * ("x" inside "Boxtel") is not what the user meant, so then nothing is chosen.
 */
export function enterChoice(options: GemeenteOption[], query: string): GemeenteOption | null {
	const best = scoreGemeenten(options, query, 1)[0];
	return best && best.score <= SCORE.wordPrefix ? best.option : null;
}
