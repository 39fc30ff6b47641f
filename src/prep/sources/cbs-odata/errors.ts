// Errors of the CBS open-data adapter. Every message is Dutch, names what went wrong and says
// how to fix it; the CLI prints `message` only (no stack trace).

export type CbsODataErrorKind =
	| 'http' // the server answered with a non-2xx status
	| 'network' // no connection (offline, DNS, refused)
	| 'timeout' // no answer within the time limit
	| 'malformed' // the body is not the OData JSON we expect
	| 'truncated' // ODataApi stops at 10,000 rows without a nextLink
	| 'structure' // the table lacks a dimension or topic we need
	| 'config'; // no table id for a year, bad CLI arguments

export class CbsODataError extends Error {
	readonly kind: CbsODataErrorKind;
	readonly tableId?: string;
	readonly url?: string;
	readonly status?: number;

	constructor(kind: CbsODataErrorKind, message: string, details: { tableId?: string; url?: string; status?: number } = {}) {
		super(message);
		this.name = 'CbsODataError';
		this.kind = kind;
		this.tableId = details.tableId;
		this.url = details.url;
		this.status = details.status;
	}
}

const PREFIX = 'CBS open-data API';
const TABLES_FILE = 'src/prep/sources/cbs-tables.ts';

export function httpError(tableId: string, url: string, status: number): CbsODataError {
	let hint: string;
	if (status === 404) hint = `controleer het tabelnummer in ${TABLES_FILE}`;
	else if (status === 400) hint = 'controleer de $filter/$select van de aanvraag (namen van dimensies en onderwerpen zijn hoofdlettergevoelig)';
	else if (status === 429) hint = 'te veel aanvragen; wacht even en probeer het opnieuw';
	else if (status >= 500) hint = 'de dienst van het CBS is tijdelijk niet beschikbaar of de selectie is te groot; probeer het later opnieuw of beperk de selectie';
	else hint = 'controleer de aanvraag';
	return new CbsODataError('http', `${PREFIX}: tabel ${tableId} gaf HTTP ${status} (${url}) — ${hint}.`, {
		tableId,
		url,
		status
	});
}

export function networkError(tableId: string, url: string, cause: unknown): CbsODataError {
	const why = cause instanceof Error ? cause.message : String(cause);
	return new CbsODataError(
		'network',
		`${PREFIX}: geen verbinding voor tabel ${tableId} (${url}): ${why}. ` +
			'Deze machine lijkt offline; een verversing uit de API werkt alleen met internet. ' +
			'Zonder internet gebruikt de datastap de spiegel (WMO_DATA_DIR).',
		{ tableId, url }
	);
}

export function timeoutError(tableId: string, url: string, timeoutMs: number): CbsODataError {
	return new CbsODataError(
		'timeout',
		`${PREFIX}: tabel ${tableId} gaf binnen ${Math.round(timeoutMs / 1000)} s geen antwoord (${url}) — ` +
			'probeer het opnieuw of verhoog de tijdslimiet (--timeout).',
		{ tableId, url }
	);
}

export function malformedError(tableId: string, url: string, detail: string): CbsODataError {
	return new CbsODataError(
		'malformed',
		`${PREFIX}: het antwoord voor tabel ${tableId} is geen geldige OData-JSON (${url}): ${detail}. ` +
			'Verwacht een JSON-object met een lijst "value"; controleer of de basis-URL naar ' +
			'https://opendata.cbs.nl/ODataFeed/odata of /ODataApi/odata wijst.',
		{ tableId, url }
	);
}

export function truncatedError(tableId: string, url: string, rows: number): CbsODataError {
	return new CbsODataError(
		'truncated',
		`${PREFIX}: tabel ${tableId} gaf ${rows} rijen zonder vervolglink (${url}); de ODataApi kapt af bij 10.000 rijen — ` +
			'gebruik de ODataFeed-basis (CBS_ODATA_FEED_BASE) of beperk de selectie met $filter.',
		{ tableId, url }
	);
}

export function structureError(tableId: string, what: string): CbsODataError {
	return new CbsODataError(
		'structure',
		`${PREFIX}: tabel ${tableId} mist ${what} — is dit de juiste tabel? Controleer het tabelnummer in ${TABLES_FILE}.`,
		{ tableId }
	);
}

export function configError(message: string): CbsODataError {
	return new CbsODataError('config', `${PREFIX}: ${message}`);
}

/** A short, printable excerpt of a body for error messages. */
export function excerpt(text: string, max = 80): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}
