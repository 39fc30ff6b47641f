// Every source code must belong to the indeling of its year. Two exceptions are dropped and
// counted rather than fatal, because they are facts of the real data: 2015 codes that no longer
// exist in 2016 (the 2015 rule), and empty regions (no inhabitants, no clients) that the address
// matrix cannot list because they have no addresses (e.g. water wijken). A third comes with a live
// refresh: data in an indeling newer than the target has codes the target does not know (there is
// no matrix forward yet); those are kept out and listed, since converting them is later work.

import { isKnownSource, type IndelingMatrix } from '../convert/matrix';
import { DataInputError } from '../mirror/errors';
import { FIRST_MATRIX_YEAR } from './indeling';

export interface ScreenedRecord {
	code: string;
	file: string;
	line: number;
	clients: number | null;
	kwb: Record<string, number | null | undefined>;
}

export interface ScreenResult<R> {
	kept: R[];
	dropped2015: R[];
	droppedEmpty: R[];
	/** Codes of a data year after the target indeling that the target does not know. */
	droppedNewer: R[];
}

export function screenCodes<R extends ScreenedRecord>(
	records: R[],
	dataYear: number,
	matrix: IndelingMatrix,
	targetCodes: ReadonlySet<string>
): ScreenResult<R> {
	const out: ScreenResult<R> = { kept: [], dropped2015: [], droppedEmpty: [], droppedNewer: [] };
	for (const r of records) {
		if (isKnownSource(matrix, r.code, targetCodes)) out.kept.push(r);
		else if (dataYear < FIRST_MATRIX_YEAR) out.dropped2015.push(r);
		else if (dataYear > matrix.toYear) out.droppedNewer.push(r);
		else if (!r.kwb.aantalinwoners && !r.clients) out.droppedEmpty.push(r); // a published 0 arrives here as null
		else {
			throw new DataInputError(
				r.file,
				r.line,
				`onbekende regiocode "${r.code}": die bestaat niet in de indeling van ${matrix.fromYear} volgens de grenswijzigingen en ook niet in de doelindeling ${matrix.toYear}.`,
				`Controleer de code (typfout, of een code van een ander jaar?). Staat de regio echt in ${dataYear}, vul dan de grenswijzigingen aan.`
			);
		}
	}
	return out;
}
