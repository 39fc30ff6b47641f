// A growing byte buffer for the normalised CSV: rows are written as bytes straight away, so a
// million records make no million row strings for the garbage collector, and the buffer goes to
// DuckDB as it is (no string join, no second UTF-8 encoding).
const enc = new TextEncoder();

export class ByteWriter {
	private buf = new Uint8Array(1 << 20);
	private n = 0;
	private room(k: number): void {
		if (this.n + k <= this.buf.length) return;
		let size = this.buf.length * 2;
		while (size < this.n + k) size *= 2;
		const next = new Uint8Array(size);
		next.set(this.buf.subarray(0, this.n));
		this.buf = next;
	}
	/** Text as UTF-8; ASCII (nearly all of it) byte by byte. */
	str(s: string): this {
		const len = s.length;
		this.room(len * 3);
		const b = this.buf;
		let n = this.n;
		for (let i = 0; i < len; i++) {
			const c = s.charCodeAt(i);
			if (c >= 128) {
				this.n += enc.encodeInto(s, b.subarray(this.n)).written;
				return this;
			}
			b[n++] = c;
		}
		this.n = n;
		return this;
	}
	/** A non-negative integer below 2^31 (person numbers, codes) in decimal. */
	int(v: number): this {
		this.room(11);
		const b = this.buf;
		let digits = 1;
		for (let x = v; x >= 10; x = (x / 10) | 0) digits++;
		let p = this.n + digits;
		this.n = p;
		let x = v;
		do {
			const q = (x / 10) | 0;
			b[--p] = 48 + x - q * 10;
			x = q;
		} while (x > 0);
		return this;
	}
	/** Bytes copied from another buffer (a field of the input file). */
	slice(src: Uint8Array, s: number, e: number): this {
		this.room(e - s);
		const b = this.buf;
		let n = this.n;
		for (let i = s; i < e; i++) b[n++] = src[i];
		this.n = n;
		return this;
	}
	byte(c: number): this {
		this.room(1);
		this.buf[this.n++] = c;
		return this;
	}
	/** The bytes written (a copy of just that length, so its buffer can be transferred). */
	bytes(): Uint8Array {
		return this.buf.slice(0, this.n);
	}
}

/** Text values as small numbers ('' → 0, others 1, 2, … in order of appearance) for columns that
 * are only compared for equality: DuckDB reads, stores and groups integers much faster than text. */
export class TextCodes {
	private ids = new Map<string, number>();
	id(s: string): number {
		if (s === '') return 0;
		let i = this.ids.get(s);
		if (i === undefined) {
			i = this.ids.size + 1;
			this.ids.set(s, i);
		}
		return i;
	}
}
