/**
 * The ratio thresholds that separate the signal bands in charts and words. The Report
 * does not carry the config's thresholds yet, so they come from the caller, from the
 * report when a future version stores them, or from design.md's defaults.
 */
import type { Report } from '../core/report.js';

/** Ratio thresholds (R = share / fair share) of the signal bands. */
export interface BandThresholds {
  /** R at or above which the signal is "watch" (default 0.5). */
  watchRatio: number;
  /** R at or above which the signal is "holding back" (default 1.0). */
  holdingBackRatio: number;
}

/** design.md defaults: watch from 0.5, holding back from 1.0. */
export const DEFAULT_BAND_THRESHOLDS: Readonly<BandThresholds> = Object.freeze({ watchRatio: 0.5, holdingBackRatio: 1.0 });

function pick(value: unknown): Partial<BandThresholds> {
  if (!value || typeof value !== 'object') return {};
  const v = value as Record<string, unknown>;
  const out: Partial<BandThresholds> = {};
  if (typeof v.watchRatio === 'number' && Number.isFinite(v.watchRatio) && v.watchRatio > 0) out.watchRatio = v.watchRatio;
  if (typeof v.holdingBackRatio === 'number' && Number.isFinite(v.holdingBackRatio) && v.holdingBackRatio > 0) out.holdingBackRatio = v.holdingBackRatio;
  return out;
}

/**
 * The band thresholds to draw: `override` first, then `report.thresholds` or
 * `report.options.thresholds` when present, then {@link DEFAULT_BAND_THRESHOLDS}. If the
 * result has watch above holding back, watch is lowered to holding back.
 */
export function resolveThresholds(report: Report, override?: Partial<BandThresholds>): BandThresholds {
  const r = report as unknown as { thresholds?: unknown; options?: { thresholds?: unknown } };
  const merged: BandThresholds = {
    ...DEFAULT_BAND_THRESHOLDS,
    ...pick(r.options?.thresholds),
    ...pick(r.thresholds),
    ...pick(override),
  };
  if (merged.watchRatio > merged.holdingBackRatio) merged.watchRatio = merged.holdingBackRatio;
  return merged;
}
