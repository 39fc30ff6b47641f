// Bytes → text: UTF-8 (with or without BOM), UTF-16 with BOM, otherwise Windows-1252 (what Excel
// writes as "CSV" on Dutch Windows). Invalid UTF-8 is the signal: TextDecoder in fatal mode throws.

export interface DecodedText {
	text: string;
	encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';
	/** UTF-8 that looks double-encoded (Ã© for é): the file was converted twice */
	mojibake: boolean;
}

export function decodeText(bytes: Uint8Array): DecodedText {
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
		return withCheck(new TextDecoder('utf-8').decode(bytes.subarray(3)), 'utf-8-bom');
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', mojibake: false };
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', mojibake: false };
	try {
		return withCheck(new TextDecoder('utf-8', { fatal: true }).decode(bytes), 'utf-8');
	} catch {
		return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252', mojibake: false };
	}
}

function withCheck(text: string, encoding: 'utf-8' | 'utf-8-bom'): DecodedText {
	const head = text.length > 200_000 ? text.slice(0, 200_000) : text;
	return { text, encoding, mojibake: /Ã[\u0080-\u00bf©«¨¯¶¼«]|â€/.test(head) };
}

export const ENCODING_LABELS: Record<DecodedText['encoding'], string> = {
	'utf-8': 'UTF-8',
	'utf-8-bom': 'UTF-8 met BOM',
	'utf-16le': 'UTF-16 (LE)',
	'utf-16be': 'UTF-16 (BE)',
	'windows-1252': 'Windows-1252'
};
