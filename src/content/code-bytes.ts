/** Reading and writing the bytes of a results code: the run's fields and the learning check's alike. */

/** Bytes out. */
export class Writer {
  private bytes: number[] = [];
  byte(b: number): void {
    this.bytes.push(b & 0xff);
  }
  varint(n: number): void {
    let v = n;
    while (v >= 0x80) {
      this.bytes.push((v % 0x80) | 0x80);
      v = Math.floor(v / 0x80);
    }
    this.bytes.push(v);
  }
  float(x: number): void {
    const view = new DataView(new ArrayBuffer(8));
    view.setFloat64(0, x);
    for (let i = 0; i < 8; i++) this.bytes.push(view.getUint8(i));
  }
  append(bs: Uint8Array): void {
    for (const b of bs) this.bytes.push(b);
  }
  uint32(n: number): void {
    for (const shift of [24, 16, 8, 0]) this.bytes.push((n >>> shift) & 0xff);
  }
  done(): Uint8Array {
    return Uint8Array.from(this.bytes);
  }
}

/**
 * Bytes in. `bad` names what is wrong in the caller's terms (a run field, or a check field);
 * `short` is what running out of bytes throws.
 */
export class Reader<F> {
  private at = 0;
  constructor(
    private readonly bytes: Uint8Array,
    private readonly bad: (field: F) => Error,
    private readonly short: () => Error,
  ) {}
  byte(): number {
    const b = this.bytes[this.at];
    if (b === undefined) throw this.short();
    this.at += 1;
    return b;
  }
  /** At most 5 bytes (32 bits), and no needless trailing zero bytes, so each number has one spelling. */
  varint(field: F): number {
    let n = 0;
    let scale = 1;
    for (let i = 0; i < 5; i++) {
      const b = this.byte();
      n += (b & 0x7f) * scale;
      if ((b & 0x80) === 0) {
        if (i > 0 && b === 0) throw this.bad(field);
        return n;
      }
      scale *= 0x80;
    }
    throw this.bad(field);
  }
  float(): number {
    const view = new DataView(new ArrayBuffer(8));
    for (let i = 0; i < 8; i++) view.setUint8(i, this.byte());
    return view.getFloat64(0);
  }
  get left(): number {
    return this.bytes.length - this.at;
  }
}
