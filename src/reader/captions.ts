/**
 * Photo captions end with their credit in parentheses: `… بين الفاروق ومسؤولين إسرائيليين (Getty)`.
 * This module recognises such a trailing credit; the agency list is data (`data/reader/credits.json`).
 */
import { loadData } from '../data.ts';
import type { Caption } from '../doc/types.ts';

const TRAILING_PAREN_RE = /^(.*\S)\s*[(（]([^()（）]{1,40})[)）]\s*$/su;
/** A short Latin credit such as `Getty`, `AFP/Getty Images`, `Reuters - File`. */
const LATIN_CREDIT_RE = /^[A-Za-z][A-Za-z .&/\-']{0,30}$/u;

let agencies: Set<string> | undefined;
function agencySet(): Set<string> {
  if (!agencies) {
    const { agencies: list } = loadData<{ agencies: string[] }>('reader/credits.json');
    agencies = new Set(list.map(keyOf));
  }
  return agencies;
}

/** Comparison key: lower case, no dots, single spaces, alef variants folded. */
function keyOf(s: string): string {
  return s.toLowerCase().replace(/[.\u200c-\u200f]/gu, ' ').replace(/[أإآ]/gu, 'ا').replace(/\s+/gu, ' ').trim();
}

/** True when `s` (without parentheses) reads as a photo or agency credit. */
export function isCredit(s: string): boolean {
  const t = s.trim();
  if (t.length === 0) return false;
  const set = agencySet();
  if (set.has(keyOf(t))) return true;
  // Combined credits: "AFP/Getty", "رويترز - أرشيف".
  const parts = t.split(/\s*[/\-–|،,]\s*/u).filter(Boolean);
  if (parts.length > 1 && parts.every((p) => set.has(keyOf(p)) || LATIN_CREDIT_RE.test(p))) return true;
  return LATIN_CREDIT_RE.test(t) && t.split(/\s+/u).length <= 3;
}

/**
 * Splits a line that ends with a parenthesised credit into caption text and credit.
 * Returns null when the line does not end with a credit.
 */
export function splitCaptionCredit(line: string): Caption | null {
  const m = TRAILING_PAREN_RE.exec(line.trim());
  if (!m) return null;
  const credit = m[2]!.trim();
  if (!isCredit(credit)) return null;
  return { text: m[1]!.trim(), credit };
}
