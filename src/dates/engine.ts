/**
 * The tagging engine (chrono's `Chrono.parse`): a prefilter finds trigger words and numbers in the
 * normalised text with one combined regex; each parser runs only on the windows around hits of
 * the categories it needs; results are sorted and refined (filters, overlap removal, merges).
 */
import type { RefDate, Result } from './types.ts';
import type { ParsingContext } from './common/parser.ts';
import { createConfiguration, type Configuration } from './ar/configuration.ts';

/** Characters of context around a trigger hit that parsers see (expressions are shorter). */
const BEFORE = 30;
const AFTER = 40;

let config: Configuration | undefined;
let triggerRe: RegExp | undefined;
/** Per parser: the bit mask of the categories it needs. */
let parserMasks: number[] = [];
function conf(): Configuration {
  if (!config) {
    config = createConfiguration();
    triggerRe = new RegExp(config.trigger, 'g');
    const bit = new Map(config.categories.map((c, i) => [c, 1 << i]));
    parserMasks = config.parsers.map((p) => p.needs.reduce((m, c) => m | (bit.get(c) ?? 0), 0));
  }
  return config;
}

/** A window `[start, end)` of the text and the mask of trigger categories seen in it. */
export type Window = [number, number, number];

const isBlank = (c: number): boolean => c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0;

/** The windows of `text` around trigger hits, merged, snapped to blanks. */
export function windowsOf(text: string): Window[] {
  const c = conf();
  const re = triggerRe!;
  const groups = c.categories.length;
  const out: Window[] = [];
  re.lastIndex = 0;
  const n = text.length;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[1] !== undefined && m[1].length !== 4) {
      // a number that is not a year opens a window only when a date or time separator follows it
      // (12/09/2022, 14:30, 3.46); otherwise a month, unit or part-of-day word next to it does
      const next = text.charCodeAt(m.index + m[1].length);
      const after = text.charCodeAt(m.index + m[1].length + 1);
      const sep = next === 47 || next === 58 || next === 46 || next === 45;
      if (!(sep && after >= 48 && after <= 57)) continue;
    }
    let mask = 0;
    for (let g = 1; g <= groups; g++) {
      if (m[g] !== undefined) {
        mask = 1 << (g - 1);
        break;
      }
    }
    let s = Math.max(0, m.index - BEFORE);
    let e = Math.min(n, m.index + m[0].length + AFTER);
    const last = out[out.length - 1];
    // Snapping to blanks scans only text no earlier window covered, so a long run without blanks
    // is walked once, not once per hit (the windows are the same as snapping each hit fully):
    // a start at or before the last window's end merges whatever it snaps to, and an end at or
    // before it snaps to at most that end (itself a blank or the end of the text).
    const floor = last ? last[1] : 0;
    if (s > floor) while (s > floor && !isBlank(text.charCodeAt(s - 1))) s--;
    if (last && e <= last[1]) e = last[1];
    else while (e < n && !isBlank(text.charCodeAt(e))) e++;
    if (last && s <= last[1]) {
      if (e > last[1]) last[1] = e;
      last[2] |= mask;
    } else out.push([s, e, mask]);
  }
  return out;
}

/** Runs parsers and refiners on a normalised text; results in normalised offsets, sorted, non-overlapping. */
export function parseNormalized(text: string, ref: RefDate | null): Result[] {
  const c = conf();
  const ctx: ParsingContext = { text, ref };
  let results: Result[] = [];
  for (const [ws, we, mask] of windowsOf(text)) {
    const win = text.slice(ws, we);
    for (let i = 0; i < c.parsers.length; i++) {
      if (!(parserMasks[i]! & mask)) continue;
      const entry = c.parsers[i]!;
      if (entry.requires && !entry.requires.test(win)) continue;
      const p = entry.parser;
      const re = p.pattern();
      re.lastIndex = 0;
      for (let m = re.exec(win); m; m = re.exec(win)) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        // the body ends the match (only a zero-width lookahead follows it)
        const end = ws + m.index + m[0].length;
        const start = end - (m.groups?.body ?? m[0]).length;
        const r = p.extract(ctx, m, start, end);
        if (r) for (const x of Array.isArray(r) ? r : [r]) results.push(x);
      }
    }
  }
  results.sort((a, b) => a.start - b.start || b.end - a.end);
  for (const f of c.refiners) results = f.refine(ctx, results);
  return results;
}
