/**
 * Photo and agency credits — the one credit detector of both readers.
 *
 * Photo captions end with their credit in parentheses: `… بين الفاروق ومسؤولين إسرائيليين (Getty)`;
 * agency copy signs off with a credit line (`فرانس24/ أ ف ب`). The agency list is data
 * (`data/reader/credits.json`), compared on one key (folded, lower case, dots and spaces removed).
 *
 * A credit is of one of two kinds:
 * - `agency`: every part is a listed agency or a photo word (`AFP/Getty Images`, `رويترز - أرشيف`,
 *   `Reuters - File`);
 * - `name`: a short Latin name, alone or combined with agencies (`John Smith`, `AFP/John Smith`).
 *
 * Which kinds count depends on the context, deliberately: in an HTML `<figcaption>` the element
 * says it is a caption, so a bare Latin personal name in parentheses at its end is the
 * photographer; in scraped text nothing says so, and a Latin name in parentheses at the end of a
 * line is most often a transliteration (`… الرئيس التنفيذي تيم كوك (Tim Cook)`), so only `agency`
 * credits make a caption there (see `captionOf` in `text.ts`).
 */
import { loadData } from '../data.ts';
import type { Caption } from '../doc/types.ts';
import { foldForMatch } from './debris.ts';

/** What kind of credit a string is (see the module comment). */
export type CreditKind = 'agency' | 'name';

const TRAILING_PAREN_RE = /^(.*\S)\s*[(（]([^()（）]{1,40})[)）]\s*$/su;
/** A short Latin credit such as `Getty`, `John Smith`, `Reuters - File`. */
const LATIN_CREDIT_RE = /^[A-Za-z][A-Za-z .&/\-']{0,30}$/u;
/** Latin photo words that combine with an agency or a name (`Reuters - File`, `X/Getty Images`). */
const PHOTO_WORD_RE = /^(?:getty|getty images|images?|photos?|file|archive|archives|pool|handout|afp|reuters|ap|epa)$/iu;
/** Separators between the parts of a combined credit: `AFP/Getty`, `رويترز - أرشيف`, `ا ف ب، رويترز`. */
const CREDIT_SPLIT_RE = /\s*[/\-–|،,]\s*/u;
const CREDIT_KEY_STRIP_RE = /[\s.\u200c-\u200f]+/gu;

let agencies: Set<string> | undefined;

/** Comparison key of a credit: folded, lower case, dots, spaces and joiners removed. */
function creditKey(s: string): string {
  return foldForMatch(s).toLowerCase().replace(CREDIT_KEY_STRIP_RE, '');
}

/** True when `s` is an agency or photo credit listed in `data/reader/credits.json` (case, dots and spacing aside). */
export function isKnownCredit(s: string): boolean {
  if (!agencies) {
    const { agencies: list } = loadData<{ agencies: string[] }>('reader/credits.json');
    agencies = new Set(list.map(creditKey));
  }
  const k = creditKey(s);
  return k.length > 0 && agencies.has(k);
}

/** The kind of credit `s` (without parentheses) is, or null when it is not a credit. */
export function creditKind(s: string): CreditKind | null {
  const t = s.trim();
  if (t.length === 0) return null;
  if (isKnownCredit(t)) return 'agency';
  const parts = t.split(CREDIT_SPLIT_RE).filter((p) => p.length > 0);
  if (parts.length > 1) {
    let names = 0;
    for (const p of parts) {
      if (isKnownCredit(p) || PHOTO_WORD_RE.test(p)) continue;
      if (!LATIN_CREDIT_RE.test(p)) return null;
      names++;
    }
    return names === 0 ? 'agency' : 'name';
  }
  return LATIN_CREDIT_RE.test(t) && t.split(/\s+/u).length <= 3 ? 'name' : null;
}

/** True when `s` (without parentheses) reads as a photo or agency credit in a figcaption (either kind). */
export function isCredit(s: string): boolean {
  return creditKind(s) !== null;
}

/**
 * Splits a line that ends with a parenthesised credit into caption text and credit.
 * Returns null when the line does not end with a credit. By default both kinds count (an HTML
 * figcaption); `{ agencyOnly: true }` accepts only `agency` credits (scraped text).
 */
export function splitCaptionCredit(line: string, options: { agencyOnly?: boolean } = {}): Caption | null {
  const m = TRAILING_PAREN_RE.exec(line.trim());
  if (!m) return null;
  const credit = m[2]!.trim();
  const kind = creditKind(credit);
  if (kind === null || (options.agencyOnly === true && kind !== 'agency')) return null;
  return { text: m[1]!.trim(), credit };
}

const CREDIT_LINE_STRIP_RE = /^[\s\-–—*ـ(]+|[\s\-–—*ـ).]+$/gu;

/**
 * True when the whole line is only an agency credit, as agency copy signs off:
 * `فرانس24/ أ ف ب`, `- سبأ`, `(رويترز)`, `AFP`. Only `agency` credits count (a Latin word alone
 * is not enough here).
 */
export function isCreditLine(line: string): boolean {
  if (line.length > 60) return false;
  const core = line.replace(CREDIT_LINE_STRIP_RE, '');
  if (core.length === 0 || core.length > 50) return false;
  return creditKind(core) === 'agency';
}
