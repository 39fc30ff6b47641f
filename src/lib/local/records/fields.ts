// The WMOBUS record columns and two allocation-free helpers shared by the text and byte readers.
import type { FieldSpec } from '../mapping';

export const RECORD_FIELDS: FieldSpec[] = [
	{ id: 'rinpersoons', label: 'RINPERSOONS', synonyms: ['RINPERSOONS'] },
	{ id: 'person', label: 'persoon (RINPERSOON of een pseudoniem)', synonyms: ['RINPERSOON', 'persoonid', 'persoon_id', 'pseudoniem', 'pseudo_id', 'clientid', 'client_id', 'cliëntnummer', 'clientnummer', 'persoonsnummer', 'bsn_pseudo', 'id_persoon', 'persoon'], required: true },
	{ id: 'type', label: 'TypeArrangementWmo', synonyms: ['TypeArrangementWmo', 'typearrangement', 'type_voorziening', 'typevoorziening', 'type'], required: true },
	{ id: 'gemeente', label: 'GEMWMOJJJJ (gemeentecode)', synonyms: ['GEMWMOJJJJ', 'GEMWMOJJJ', 'gemeentecode', 'gemeente'], required: true },
	{ id: 'vlgnr', label: 'vlgnrWmo', synonyms: ['vlgnrWmo', 'volgnummer'] },
	{ id: 'vb', label: 'BegingeldigheidWmo', synonyms: ['BegingeldigheidWmo', 'begingeldigheid'] },
	{ id: 've', label: 'EindgeldigheidWmo', synonyms: ['EindgeldigheidWmo', 'eindgeldigheid'] },
	{ id: 'b', label: 'BegindatumWmo', synonyms: ['BegindatumWmo', 'begindatum', 'datum_begin', 'startdatum'], required: true },
	{ id: 'e', label: 'EinddatumWmo', synonyms: ['EinddatumWmo', 'einddatum', 'datum_einde'], required: true },
	{ id: 'fin', label: 'FinancieringsvormWmo', synonyms: ['FinancieringsvormWmo', 'financieringsvorm'] },
	{ id: 'reden', label: 'RedeneindeWmo', synonyms: ['RedeneindeWmo', 'redeneinde', 'reden_beeindiging', 'redenbeeindiging'] },
	{ id: 'consent', label: 'ToestemmingWmo', synonyms: ['ToestemmingWmo', 'toestemming'] },
	{ id: 'toew', label: 'toewijzingsnummer', synonyms: ['toewijzingsnummer', 'toewijzingnummer', 'toewijzing', 'toewijzing_nummer'] },
	{ id: 'lev', label: 'leveringsvorm', synonyms: ['leveringsvorm', 'levering'] },
	{ id: 'wijk', label: 'wijkcode', synonyms: ['wijkcode', 'wijk'] },
	{ id: 'buurt', label: 'buurtcode', synonyms: ['buurtcode', 'buurt'] }
];

/** A set of positive doubles in one typed array (open addressing): far lighter than Set<number>
 * for a million non-integer keys. 0 marks an empty slot, so keys must be > 0. */
export class DoubleSet {
	private slots = new Float64Array(1 << 16);
	private size = 0;
	/** Adds `k`; returns false when it was already there. */
	add(k: number): boolean {
		if (this.size * 2 >= this.slots.length) this.grow();
		const mask = this.slots.length - 1;
		// the high 32 bits: a cheap integer slot, where `k % 2147483647` on a double was not
		let i = (k / 2097152) & mask;
		for (;;) {
			const v = this.slots[i];
			if (v === 0) {
				this.slots[i] = k;
				this.size++;
				return true;
			}
			if (v === k) return false;
			i = (i + 1) & mask;
		}
	}
	private grow(): void {
		const old = this.slots;
		this.slots = new Float64Array(old.length * 2);
		this.size = 0;
		for (const v of old) if (v !== 0) this.add(v);
	}
}

const DIM = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** true when `s` is a real date written JJJJMMDD (1900–2100); no allocation, no regex. */
export function isYmd(s: string): boolean {
	if (s.length !== 8) return false;
	for (let i = 0; i < 8; i++) {
		const c = s.charCodeAt(i);
		if (c < 48 || c > 57) return false;
	}
	const y = (s.charCodeAt(0) - 48) * 1000 + (s.charCodeAt(1) - 48) * 100 + (s.charCodeAt(2) - 48) * 10 + (s.charCodeAt(3) - 48);
	const m = (s.charCodeAt(4) - 48) * 10 + (s.charCodeAt(5) - 48);
	const d = (s.charCodeAt(6) - 48) * 10 + (s.charCodeAt(7) - 48);
	if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > DIM[m]) return false;
	return !(m === 2 && d === 29 && !((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0));
}

