// Tools for reading records straight from the file's bytes: keys looked up by byte slice (no
// string per field), the duplicate hash fed piece by piece, and dates parsed from their digits.
const dec = new TextDecoder('utf-8');
const enc = new TextEncoder();

/** Byte strings → 0, 1, 2, … in order of first appearance, with the bytes kept to check
 * equality (a hash alone could merge two different persons). Open addressing over Int32Array. */
export class ByteKeys {
	private pool = new Uint8Array(1 << 16);
	private used = 0;
	private start = new Int32Array(1024);
	private len = new Int32Array(1024);
	private hashes = new Int32Array(1024);
	private slots = new Int32Array(1 << 12).fill(-1);
	size = 0;
	/** true when the last id() call added a new key */
	added = false;

	id(buf: Uint8Array, s: number, e: number): number {
		let h = 0x811c9dc5;
		for (let i = s; i < e; i++) h = Math.imul(h ^ buf[i], 16777619);
		// FNV alone clusters keys that differ in their last digits (SYN0000001, …) under linear probing
		h ^= h >>> 16;
		h = Math.imul(h, 0x85ebca6b);
		h ^= h >>> 13;
		const mask = this.slots.length - 1;
		let i = h & mask;
		const n = e - s;
		for (;;) {
			const k = this.slots[i];
			if (k < 0) break;
			if (this.hashes[k] === h && this.len[k] === n) {
				const p = this.pool;
				let j = 0;
				const o = this.start[k] - s;
				while (j < n && p[s + j + o] === buf[s + j]) j++;
				if (j === n) {
					this.added = false;
					return k;
				}
			}
			i = (i + 1) & mask;
		}
		const k = this.size++;
		if (k === this.start.length) this.growEntries();
		if (this.used + n > this.pool.length) {
			let size = this.pool.length * 2;
			while (size < this.used + n) size *= 2;
			const next = new Uint8Array(size);
			next.set(this.pool.subarray(0, this.used));
			this.pool = next;
		}
		this.pool.set(buf.subarray(s, e), this.used);
		this.start[k] = this.used;
		this.len[k] = n;
		this.hashes[k] = h;
		this.used += n;
		this.slots[i] = k;
		if (this.size * 2 > this.slots.length) this.rehash();
		this.added = true;
		return k;
	}
	/** The key as text (UTF-8). */
	text(k: number): string {
		return dec.decode(this.pool.subarray(this.start[k], this.start[k] + this.len[k]));
	}
	private growEntries(): void {
		const grow = (a: Int32Array) => {
			const b = new Int32Array(a.length * 2);
			b.set(a);
			return b;
		};
		this.start = grow(this.start);
		this.len = grow(this.len);
		this.hashes = grow(this.hashes);
	}
	private rehash(): void {
		this.slots = new Int32Array(this.slots.length * 2).fill(-1);
		const mask = this.slots.length - 1;
		for (let k = 0; k < this.size; k++) {
			let i = this.hashes[k] & mask;
			while (this.slots[i] >= 0) i = (i + 1) & mask;
			this.slots[i] = k;
		}
	}
}

/** Like TextCodes ('' → 0, others 1, 2, … in order of first appearance), keyed on bytes: for
 * the toewijzingsnummer, which has hundreds of thousands of distinct values. */
export class ByteCodes {
	private keys = new ByteKeys();
	idAt(buf: Uint8Array, s: number, e: number): number {
		return e === s ? 0 : this.keys.id(buf, s, e) + 1;
	}
	id(text: string): number {
		const b = enc.encode(text);
		return this.idAt(b, 0, b.length);
	}
}

/** A column of few distinct values (codes): each distinct byte string is decoded and checked once. */
export class ByteColumn<T> {
	private keys = new ByteKeys();
	private values: T[] = [];
	constructor(private readonly derive: (text: string) => T) {}
	get(buf: Uint8Array, s: number, e: number): T {
		const k = this.keys.id(buf, s, e);
		if (this.keys.added) this.values.push(this.derive(this.keys.text(k)));
		return this.values[k];
	}
}

/** The 53-bit duplicate hash of a row key, fed in pieces; equal to hashing the joined key's
 * UTF-16 code units, so rows read as bytes (ASCII) and rows read as text share one set. */
export class RowHash {
	private h1 = 0x811c9dc5;
	private h2 = 0x01000193;
	reset(): this {
		this.h1 = 0x811c9dc5;
		this.h2 = 0x01000193;
		return this;
	}
	code(c: number): this {
		this.h1 = Math.imul(this.h1 ^ c, 16777619);
		this.h2 = Math.imul(this.h2 ^ c, 2246822519);
		return this;
	}
	str(s: string): this {
		for (let i = 0; i < s.length; i++) this.code(s.charCodeAt(i));
		return this;
	}
	bytes(buf: Uint8Array, s: number, e: number): this {
		for (let i = s; i < e; i++) this.code(buf[i]);
		return this;
	}
	/** A non-negative integer's decimal digits, without making its string. */
	int(v: number): this {
		let p = 1;
		while (p * 10 <= v) p *= 10;
		for (; p >= 1; p = (p / 10) | 0) {
			const d = (v / p) | 0;
			this.code(48 + d);
			v -= d * p;
		}
		return this;
	}
	value(): number {
		return (this.h1 >>> 0) * 2097152 + ((this.h2 >>> 0) & 0x1fffff) + 1;
	}
}

const DIM = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** JJJJMMDD as the number yyyymmdd when it is a real date (1900–2100), else -1. */
export function ymdAt(buf: Uint8Array, s: number, e: number): number {
	if (e - s !== 8) return -1;
	let v = 0;
	for (let i = s; i < e; i++) {
		const c = buf[i] - 48;
		if (c < 0 || c > 9) return -1;
		v = v * 10 + c;
	}
	const y = (v / 10000) | 0;
	const m = ((v / 100) | 0) % 100;
	const d = v % 100;
	if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > DIM[m]) return -1;
	if (m === 2 && d === 29 && !((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0)) return -1;
	return v;
}
