/**
 * Types of the date tagger (issue #4): the {@link Timex} it returns and the internal result that
 * parsers and refiners pass along (chrono's `ParsingResult` with `assign`/`imply` kept apart).
 */

import type { NormView } from '../lang/ar/normalize.ts';

/** TIMEX3 types. */
export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** Calendar fields a result can state (taken from the text) or imply (filled in from the reference date). */
export type TimexField = 'year' | 'month' | 'day' | 'weekday' | 'hour' | 'minute';

/**
 * How a relative expression is anchored when it could not be resolved (no reference date):
 * `offset` units from the reference (negative = past), e.g. `{ unit: 'day', offset: -1 }` for أمس.
 */
export interface TimexAnchor {
  readonly unit: 'day' | 'week' | 'month' | 'year' | 'decade' | 'hour' | 'minute' | 'weekday' | 'season' | 'period';
  readonly offset: number;
}

/** One time expression found in a text. */
export interface Timex {
  /** Half-open UTF-16 range in the input; `text.slice(start, end) === timex.text`. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly type: TimexType;
  /** TIMEX3 value: `2022-09-12`, `2022-09`, `2022`, `2022-W37`, `199X`, `2022-09-12TMO`, `2022-09-12T14:30`, `a/b`, `P3D`, `PAST_REF` … */
  readonly value: string;
  /** Which parsers and refiners made it (`parser/ARMonthNameParser`, `refiner/ARMergeWeekdayDateRefiner`). */
  readonly tags: string[];
  /** Fields read from the text. */
  readonly stated: TimexField[];
  /** Fields filled in from the reference date. */
  readonly implied: TimexField[];
  /** For relative expressions left unresolved (no reference date): what they are relative to. */
  readonly anchor?: TimexAnchor;
}

/** The context of one tagging call. */
export interface TagContext {
  /** The publication date `YYYY-MM-DD` (a longer ISO date-time is cut to its date), or null. */
  readonly referenceDate: string | null;
  /**
   * Optional: the match view of `text` (`normalizeView(text)`) when the caller already has it, so
   * that the tagger does not build it again (about a quarter of its time). Ignored unless
   * `view.source === text`.
   */
  readonly view?: NormView;
}

/** A reference date split into fields. */
export interface RefDate {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

/** What a parser or refiner produces, in offsets of the normalised text. */
export interface Result {
  start: number;
  end: number;
  type: TimexType;
  value: string;
  tags: string[];
  stated: TimexField[];
  implied: TimexField[];
  anchor?: TimexAnchor;
  /** The kind of thing found, for refiners (`weekday`, `day`, `time` …). */
  kind: string;
}
