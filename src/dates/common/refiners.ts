/**
 * Locale-agnostic refiners: overlap removal (the longer result wins, as chrono's
 * OverlapRemovalRefiner) and a filter base.
 */
import type { Result } from '../types.ts';
import type { ParsingContext, Refiner } from './parser.ts';

/** Keeps, of overlapping results, the longer one (the earlier one on a tie); output sorted by start. */
export class OverlapRemovalRefiner implements Refiner {
  readonly name = 'OverlapRemovalRefiner';
  refine(_ctx: ParsingContext, results: Result[]): Result[] {
    if (results.length === 0) return [];
    const byLength = [...results].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    // The kept results are disjoint, so each text position belongs to at most one of them: `owner`
    // holds, per position from `base`, the 1-based index of the kept result covering it (0: none).
    // A result overlaps a kept one iff one of its positions is owned (an empty result at p: iff
    // p - 1 and p have the same owner), so the test costs the result's length, not the kept count.
    let base = Infinity;
    let top = 0;
    for (const r of results) {
      if (r.start < base) base = r.start;
      if (r.end > top) top = r.end;
    }
    const owner = new Int32Array(Math.max(0, top - base) + 1);
    const kept: Result[] = [];
    for (const r of byLength) {
      const s = r.start - base;
      const e = r.end - base;
      let overlaps = false;
      if (e > s) {
        for (let i = s; i < e; i++) {
          if (owner[i] !== 0) {
            overlaps = true;
            break;
          }
        }
      } else overlaps = s > 0 && owner[s - 1] !== 0 && owner[s - 1] === owner[s];
      if (overlaps) continue;
      kept.push(r);
      owner.fill(kept.length, s, e);
    }
    return kept.sort((a, b) => a.start - b.start);
  }
}

/** Drops the results of kind `invalid` (impossible dates kept until overlap removal so that their parts are not read alone). */
export class InvalidResultFilter implements Refiner {
  readonly name = 'InvalidResultFilter';
  refine(_ctx: ParsingContext, results: Result[]): Result[] {
    return results.filter((r) => r.kind !== 'invalid');
  }
}

/** A refiner that drops the results `isValid` rejects. */
export abstract class Filter implements Refiner {
  abstract readonly name: string;
  protected abstract isValid(ctx: ParsingContext, r: Result): boolean;
  refine(ctx: ParsingContext, results: Result[]): Result[] {
    return results.filter((r) => this.isValid(ctx, r));
  }
}

/**
 * A refiner that merges neighbouring results when the text between them allows it (chrono's
 * MergingRefiner): `shouldMerge` sees the text between `a.end` and `b.start`.
 */
export abstract class MergingRefiner implements Refiner {
  abstract readonly name: string;
  protected abstract shouldMerge(ctx: ParsingContext, between: string, a: Result, b: Result): boolean;
  protected abstract merge(ctx: ParsingContext, a: Result, b: Result): Result | null;
  refine(ctx: ParsingContext, results: Result[]): Result[] {
    const out: Result[] = [];
    for (const r of results) {
      const prev = out[out.length - 1];
      if (prev && prev.end <= r.start && r.start - prev.end <= 40) {
        const between = ctx.text.slice(prev.end, r.start);
        if (this.shouldMerge(ctx, between, prev, r)) {
          const merged = this.merge(ctx, prev, r);
          if (merged) {
            merged.tags = [...new Set([...prev.tags, ...r.tags, `refiner/${this.name}`])];
            out[out.length - 1] = merged;
            continue;
          }
        }
      }
      out.push(r);
    }
    return out;
  }
}
