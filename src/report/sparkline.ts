/**
 * A sparkline from the eight block characters ▁▂▃▄▅▆▇█, for the terminal summary.
 */

/** The block characters, lowest first. */
export const SPARK_CHARS = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'] as const;

/**
 * One character per value, scaled between `min` (default 0) and `max` (default the
 * largest value): `sparkline([0, 1, 2])` -> "▁▄█". A null or non-finite value becomes
 * `gap` (default "·"); values outside the range are clamped.
 */
export function sparkline(values: (number | null)[], opts: { min?: number; max?: number; gap?: string } = {}): string {
  const known = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  const min = opts.min ?? 0;
  const max = opts.max ?? Math.max(min, ...known);
  const span = max - min;
  return values
    .map((v) => {
      if (typeof v !== 'number' || !Number.isFinite(v)) return opts.gap ?? '·';
      const f = span > 0 ? (Math.min(max, Math.max(min, v)) - min) / span : 0;
      return SPARK_CHARS[Math.round(f * (SPARK_CHARS.length - 1))]!;
    })
    .join('');
}
