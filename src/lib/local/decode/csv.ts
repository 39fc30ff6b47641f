// A small CSV reader: separator detection (';', ',' or tab), quoted fields with doubled quotes and
// line breaks inside quotes. Rows are streamed to a callback so a million records are never held as
// arrays of strings.

export type Separator = ';' | ',' | '\t';

export const SEPARATOR_LABELS: Record<Separator, string> = { ';': 'puntkomma (;)', ',': 'komma (,)', '\t': 'tab' };

/** Split one physical line that holds no quote: the fast path. */
function splitQuoted(line: string, sep: string): string[] | null {
	if (line.indexOf('"') < 0) return line.split(sep);
	return null;
}

/** The separator that gives the same, largest field count over the first lines. */
export function detectSeparator(text: string): Separator {
	const lines = firstLines(text, 30);
	let best: Separator = ';';
	let bestScore = -1;
	for (const sep of [';', '\t', ','] as Separator[]) {
		const counts = lines.map((l) => parseLine(l, sep).length);
		if (!counts.length) continue;
		const head = counts[0];
		if (head < 2) continue;
		const same = counts.filter((c) => c === head).length / counts.length;
		const score = same * 1000 + head;
		if (score > bestScore) {
			bestScore = score;
			best = sep;
		}
	}
	return best;
}

function firstLines(text: string, n: number): string[] {
	const out: string[] = [];
	let start = 0;
	while (out.length < n && start < text.length) {
		let end = text.indexOf('\n', start);
		if (end < 0) end = text.length;
		const line = text.slice(start, end).replace(/\r$/, '');
		if (line.trim() !== '') out.push(line);
		start = end + 1;
	}
	return out;
}

/** Parse a single line (no embedded line breaks). */
export function parseLine(line: string, sep: string): string[] {
	const fast = splitQuoted(line, sep);
	if (fast) return fast;
	const out: string[] = [];
	let field = '';
	let inQ = false;
	for (let i = 0; i < line.length; i++) {
		const ch = line[i];
		if (inQ) {
			if (ch === '"') {
				if (line[i + 1] === '"') {
					field += '"';
					i++;
				} else inQ = false;
			} else field += ch;
		} else if (ch === '"') inQ = true;
		else if (ch === sep) {
			out.push(field);
			field = '';
		} else field += ch;
	}
	out.push(field);
	return out;
}

/**
 * Calls `row(fields, line)` for every non-empty line, the header included (line 1 is the first
 * line of the file). Quoted fields may hold line breaks; `line` is where the row starts.
 */
export function eachCsvRow(text: string, sep: string, row: (fields: string[], line: number) => void | false): void {
	let pos = 0;
	let lineNo = 0;
	const n = text.length;
	while (pos < n) {
		let end = text.indexOf('\n', pos);
		if (end < 0) end = n;
		lineNo++;
		let line = text.charCodeAt(end - 1) === 13 ? text.slice(pos, end - 1) : text.slice(pos, end);
		const startLine = lineNo;
		pos = end + 1;
		// a quoted field that runs over a line break: keep reading
		if (line.indexOf('"') >= 0) {
			while (countQuotes(line) % 2 === 1 && pos < n) {
				let e2 = text.indexOf('\n', pos);
				if (e2 < 0) e2 = n;
				lineNo++;
				line += '\n' + (text.charCodeAt(e2 - 1) === 13 ? text.slice(pos, e2 - 1) : text.slice(pos, e2));
				pos = e2 + 1;
			}
		}
		if (line.length === 0 || (line.trim() === '' )) continue;
		if (row(parseLine(line, sep), startLine) === false) return;
	}
}

function countQuotes(s: string): number {
	let c = 0;
	for (let i = s.indexOf('"'); i >= 0; i = s.indexOf('"', i + 1)) c++;
	return c;
}
