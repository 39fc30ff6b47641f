// Column mapping by name: case-insensitive, accents and punctuation ignored, with synonyms. The
// mapping is returned so the UI can show which column feeds which field.
import { problem } from './problems';
import type { Problem, Result } from './types';

export interface FieldSpec {
	id: string;
	label: string;
	synonyms: string[];
	required?: boolean;
}

export function headerKey(h: string): string {
	return h
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9+]/g, '');
}

export interface MappedColumns {
	/** field id → column index */
	index: Record<string, number>;
	/** field id → column name as in the file */
	fields: Record<string, string>;
	ignored: string[];
}

/** How many fields of `specs` a header holds (for choosing the XLSX sheet). */
export function scoreHeader(header: string[], specs: FieldSpec[]): number {
	const keys = new Set(header.map(headerKey));
	return specs.filter((s) => s.synonyms.some((syn) => keys.has(headerKey(syn)))).length * 10 + specs.filter((s) => s.required && s.synonyms.some((syn) => keys.has(headerKey(syn)))).length;
}

export function mapColumns(header: string[], specs: FieldSpec[], file: string, headerLine: number, lineWord = 'regel'): Result<MappedColumns> {
	const keys = header.map(headerKey);
	const index: Record<string, number> = {};
	const fields: Record<string, string> = {};
	const used = new Set<number>();
	const problems: Problem[] = [];
	for (const spec of specs) {
		for (const syn of spec.synonyms) {
			const k = headerKey(syn);
			const i = keys.findIndex((key, j) => key === k && !used.has(j));
			if (i >= 0) {
				index[spec.id] = i;
				fields[spec.id] = header[i];
				used.add(i);
				break;
			}
		}
	}
	const missing = specs.filter((s) => s.required && !(s.id in index));
	if (missing.length) {
		const found = header.filter((h) => h !== '').slice(0, 15).map((h) => `"${h}"`).join(', ');
		problems.push(
			problem({
				code: 'kolommen',
				file,
				line: headerLine,
				lineWord,
				value: header.join(' | ').slice(0, 200),
				message: `verplichte kolom${missing.length > 1 ? 'men' : ''} ontbreekt: ${missing.map((m) => `${m.label} (bijvoorbeeld "${m.synonyms[0]}")`).join(', ')}. Gevonden kolommen: ${found || '(geen)'}.`,
				fix: `Geef de kolommen in de kopregel deze namen (hoofdletters maken niet uit), of download het sjabloon. Controleer ook of dit het juiste soort bestand is.`
			})
		);
		return { ok: false, problems };
	}
	// two columns with the same meaning: the first one is used, say so
	for (const spec of specs) {
		const dup = keys.findIndex((key, j) => j !== index[spec.id] && !used.has(j) && spec.synonyms.some((s) => headerKey(s) === key));
		if (dup >= 0 && spec.id in index)
			problems.push(
				problem({
					code: 'kolom_dubbel',
					file,
					line: headerLine,
					lineWord,
					severity: 'waarschuwing',
					value: header[dup],
					message: `de kolommen "${header[index[spec.id]]}" en "${header[dup]}" betekenen allebei ${spec.label}; "${header[index[spec.id]]}" is gebruikt.`,
					fix: 'Verwijder of hernoem de kolom die niet bedoeld is.'
				})
			);
	}
	const ignored = header.filter((h, i) => !used.has(i) && h !== '');
	return { ok: true, value: { index, fields, ignored }, problems };
}
