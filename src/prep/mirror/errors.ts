// Bad input must stop the data step with a message a data steward can act on: which file, which
// line, what is wrong and how to fix it, in Dutch because the people running it are Dutch.

export class DataInputError extends Error {
	constructor(
		readonly file: string,
		readonly line: number | null,
		readonly problem: string,
		readonly fix: string
	) {
		super(formatDataInputError(file, line, problem, fix));
		this.name = 'DataInputError';
	}
}

export function formatDataInputError(file: string, line: number | null, problem: string, fix: string): string {
	const where = line === null ? file : `${file}, regel ${line}`;
	return `Fout in de invoergegevens (${where}): ${problem}\nOplossing: ${fix}`;
}
