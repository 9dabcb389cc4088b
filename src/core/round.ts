/** Rounding of the report's numbers: lines and churn to 2 decimals, shares (0-1) to 4. */

/** Decimals a share (0-1) keeps in the report and in `letgo explain` (0.8182: a hundredth of a percent). */
export const SHARE_DIGITS = 4;

/** `x` rounded half up to `digits` decimals (default 2, for lines of churn split among co-authors). */
export function round(x: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
