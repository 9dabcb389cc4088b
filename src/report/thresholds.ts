/**
 * The thresholds the renderers need: the ratio bands of the charts and the evidence
 * limits quoted in the text (snack size, work hours, "only you" and "in flight" days).
 * They come from the caller, then from `report.thresholds` (older reports may lack it),
 * then from the defaults (`DEFAULT_THRESHOLDS`, docs/definitions.md "Thresholds").
 */
import type { Report } from '../core/report.js';
import type { Thresholds } from '../core/config.js';
import { DEFAULT_THRESHOLDS } from '../core/config.js';

/** Ratio thresholds (R = share / fair share) of the signal bands: watch from `watchRatio`, holding back from `holdingBackRatio`. */
export type BandThresholds = Pick<Thresholds, 'watchRatio' | 'holdingBackRatio'>;

function positive(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : undefined;
}

function pick(value: unknown): Partial<BandThresholds> {
  if (!value || typeof value !== 'object') return {};
  const v = value as Record<string, unknown>;
  const out: Partial<BandThresholds> = {};
  const watch = positive(v.watchRatio);
  const hb = positive(v.holdingBackRatio);
  if (watch !== undefined) out.watchRatio = watch;
  if (hb !== undefined) out.holdingBackRatio = hb;
  return out;
}

/**
 * The band thresholds to draw: `override` first, then `report.thresholds`, then
 * the defaults (docs/definitions.md "Thresholds"). If the result has watch above holding back, watch is
 * lowered to holding back.
 */
export function resolveThresholds(report: Report, override?: Partial<BandThresholds>): BandThresholds {
  const merged: BandThresholds = {
    watchRatio: DEFAULT_THRESHOLDS.watchRatio,
    holdingBackRatio: DEFAULT_THRESHOLDS.holdingBackRatio,
    ...pick(report.thresholds),
    ...pick(override),
  };
  if (merged.watchRatio > merged.holdingBackRatio) merged.watchRatio = merged.holdingBackRatio;
  return merged;
}

/**
 * Top of a ratio chart's axis: half again the holding-back threshold, or the largest
 * ratio plus 15% rounded up to a quarter, whichever is higher (null ratios count as 0).
 */
export function ratioAxisMax(ratios: (number | null)[], thresholds: BandThresholds): number {
  const largest = Math.max(0, ...ratios.map((r) => r ?? 0));
  return Math.max(thresholds.holdingBackRatio * 1.5, Math.ceil(largest * 1.15 * 4) / 4);
}

/** The evidence limits the report's sentences quote. */
export type EvidenceLimits = Pick<Thresholds, 'snackLines' | 'workdayStartHour' | 'workdayEndHour' | 'onlyYouDays' | 'inFlightDays'>;

/** The report's evidence limits, each falling back to its default (docs/definitions.md "Thresholds") when missing or invalid. */
export function evidenceLimits(report: Report): EvidenceLimits {
  const thresholds = (report.thresholds ?? {}) as Partial<Thresholds>;
  const hour = (v: unknown, d: number) => (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 24 ? v : d);
  const count = (v: unknown, d: number) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : d);
  return {
    snackLines: count(thresholds.snackLines, DEFAULT_THRESHOLDS.snackLines),
    workdayStartHour: hour(thresholds.workdayStartHour, DEFAULT_THRESHOLDS.workdayStartHour),
    workdayEndHour: hour(thresholds.workdayEndHour, DEFAULT_THRESHOLDS.workdayEndHour),
    onlyYouDays: count(thresholds.onlyYouDays, DEFAULT_THRESHOLDS.onlyYouDays),
    inFlightDays: count(thresholds.inFlightDays, DEFAULT_THRESHOLDS.inFlightDays),
  };
}
