// CBS status of a period: StatLine marks provisional figures with "*" (voorlopig) and "**" (nader
// voorlopig) after the period title; the API's period members carry the same as `Status`
// ("Definitief", "Voorlopig", "Nader voorlopig"), in v3 (Perioden) and v4 (PeriodenCodes) alike.
// "." (not delivered or secret) is a cell symbol, not a period status: it arrives as null.

export type PeriodStatus = 'definitief' | 'voorlopig' | 'nader_voorlopig';

/** Status of a period member from its `Status` field, else from the "*" / "**" in its title. */
export function periodStatus(member: { Status?: unknown; Title?: unknown }): PeriodStatus {
	const status = typeof member.Status === 'string' ? member.Status.trim().toLowerCase() : '';
	if (status.startsWith('nader')) return 'nader_voorlopig';
	if (status.startsWith('voorlopig')) return 'voorlopig';
	if (status.startsWith('definitief')) return 'definitief';
	const title = typeof member.Title === 'string' ? member.Title.trim() : '';
	if (title.endsWith('**')) return 'nader_voorlopig';
	if (title.endsWith('*')) return 'voorlopig';
	return 'definitief';
}

/** A provisional figure may still be revised by CBS: a series break the model must not smooth. */
export function isProvisional(status: string | null | undefined): boolean {
	return status === 'voorlopig' || status === 'nader_voorlopig';
}
