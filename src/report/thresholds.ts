/**
 * The thresholds the renderers need: the ratio bands of the charts and the evidence
 * limits quoted in the text (snack size, work hours, "only you" and "in flight" days).
 * They come from the caller, then from `report.thresholds` (which a valid report has
 * whole: REPORT_SCHEMA requires every threshold, within the config's bounds).
 */
import type { Report } from '../core/report.js';
import type { Thresholds } from '../core/config.js';

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
 * The band thresholds to draw: the positive numbers of `override` first, then
 * `report.thresholds`. If the result has watch above holding back, watch is lowered to
 * holding back.
 */
export function resolveThresholds(report: Report, override?: Partial<BandThresholds>): BandThresholds {
  const merged: BandThresholds = {
    watchRatio: report.thresholds.watchRatio,
    holdingBackRatio: report.thresholds.holdingBackRatio,
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

/** The report's evidence limits (a valid report has every threshold, within the config's bounds: REPORT_SCHEMA). */
export function evidenceLimits(report: Report): EvidenceLimits {
  const { snackLines, workdayStartHour, workdayEndHour, onlyYouDays, inFlightDays } = report.thresholds;
  return { snackLines, workdayStartHour, workdayEndHour, onlyYouDays, inFlightDays };
}
