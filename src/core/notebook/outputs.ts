/**
 * A code cell's outputs, kept as the notebook's own JSON bytes until something needs
 * them as values. Outputs are most of a notebook's bytes (base64 images), and letgo only
 * ever asks whether two versions of them are equal: equal bytes answer that without
 * building a single string; only bytes that differ are parsed and compared structurally.
 */
import { sameBytes } from './bytes.js';
import { jsonEqual } from './equal.js';

const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

/** One cell's `outputs` array. */
export class CellOutputs {
  private parsed: readonly unknown[] | undefined;

  /**
   * @param bytes the notebook's UTF-8 bytes (kept, not copied), or null when `value` is given
   * @param start offset of the array's `[` in `bytes`
   * @param end offset just past its `]`
   * @param value the outputs already parsed (then `bytes` is null)
   */
  private constructor(
    private readonly bytes: Uint8Array | null,
    private readonly start: number,
    private readonly end: number,
    value: readonly unknown[] | undefined
  ) {
    this.parsed = value;
  }

  /** Outputs given as the byte range [start, end) of a validated JSON array in `bytes`. */
  static fromBytes(bytes: Uint8Array, start: number, end: number): CellOutputs {
    return new CellOutputs(bytes, start, end, undefined);
  }

  /** Outputs already parsed. */
  static fromValue(value: readonly unknown[]): CellOutputs {
    return new CellOutputs(null, 0, 0, value);
  }

  /**
   * The outputs as JSON values, parsed on first call and kept.
   * @throws SyntaxError never for ranges given by parse.ts (they were validated)
   */
  value(): readonly unknown[] {
    return (this.parsed ??= JSON.parse(decoder.decode(this.bytes!.subarray(this.start, this.end))) as unknown[]);
  }

  /**
   * The offset just past this array where its exact bytes are found at `at` in `b`, or -1
   * (a native compare; -1 also for outputs that were given parsed). Since a JSON array
   * ends at its own closing bracket, bytes equal to an array already checked are the same
   * valid array: parse.ts skips checking them again.
   */
  endIfAt(b: Uint8Array, at: number): number {
    if (this.bytes === null) return -1;
    const end = at + (this.end - this.start);
    return end <= b.length && sameBytes(this.bytes, this.start, this.end, b, at, end) ? end : -1;
  }

  /** True when the array has no element. */
  isEmpty(): boolean {
    if (this.bytes === null) return this.parsed!.length === 0;
    let i = this.start + 1; // past '['
    while (i < this.end && (this.bytes[i] === 0x20 || this.bytes[i] === 0x0a || this.bytes[i] === 0x0d || this.bytes[i] === 0x09)) i++;
    return this.bytes[i] === 0x5d;
  }

  /**
   * True when both hold the same outputs: byte-identical JSON (a native compare), or else structurally equal
   * values (jsonEqual: key order and whitespace do not matter).
   * @throws RangeError when both must be compared as values and they nest too deeply
   */
  equals(other: CellOutputs): boolean {
    if (this === other) return true;
    if (this.bytes !== null && other.bytes !== null && sameBytes(this.bytes, this.start, this.end, other.bytes, other.start, other.end)) return true;
    return jsonEqual(this.value(), other.value());
  }
}
