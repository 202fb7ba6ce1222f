/**
 * The sentence splitter. Works on tokens, so periods inside abbreviations (د.، U.S.), numbers
 * (3.5), dates, times and URLs never end a sentence: only a punctuation token made of
 * sentence-final marks (. ! ? ؟ … ۔ and runs such as `...` or `؟!`) can.
 *
 * Rules, per paragraph (sentences never cross one):
 * - a line break ends a sentence; a paragraph or line without final punctuation (a headline) is one sentence;
 * - after a final mark, closing quotes and brackets (and further final marks) stay in the sentence: `"مطمئنة".` and `مطمئنة."`;
 * - a final mark inside a quotation that continues after it (the closing quote comes later in the same line)
 *   does not end the sentence, so a quoted passage stays with its reporting verb; an unclosed quote is ignored;
 * - no split when the next token starts with a lowercase Latin letter or is a comma, semicolon, colon or
 *   closing bracket, nor after a lone list number or letter (`1.`), nor when the sentence has no word yet.
 * Sentence spans run from their first token's start to their last token's end (so they are trimmed).
 */
import type { Sentence, Span, Token } from '../doc/types.ts';
import { SENTENCE_FINAL_CHARSET } from '../lang/ar/charsets.ts';

/** Closing brackets and quotes that stay with the sentence they end. */
const CLOSERS = new Set([')', ']', '}', '»', '”', '’', '›', '"']);
/** Tokens a sentence never starts with: when one follows a final mark, the sentence goes on. */
const NO_START = new Set([',', '،', ';', '؛', ':', ')', ']', '}', '»', '%', '٪']);
/** Typed opening quotes and the closers that end them. */
const QUOTE_PAIRS: ReadonlyMap<string, string> = new Map([
  ['«', '»'],
  ['“', '”'],
  ['„', '“”'],
  ['‹', '›'],
  ['‘', '’'],
]);
const LOWER_LATIN_RE = /^[a-z]/;

function isFinal(t: Token): boolean {
  if (t.kind !== 'punct') return false;
  for (let i = 0; i < t.text.length; i++) if (!SENTENCE_FINAL_CHARSET.has(t.text[i]!)) return false;
  return true;
}

/** The closing characters of `QUOTE_PAIRS` (each closes the openers whose closer list includes it). */
const QUOTE_CLOSERS: readonly string[] = [...new Set([...QUOTE_PAIRS.values()].join(''))];

/**
 * Pairs the quotes of tokens `[a, b)`: returns, for each opening quote token index, the index of its
 * closing quote (typed quotes by a stack, straight `"` by alternation), and marks closers.
 *
 * A closer pairs with the innermost unclosed opener it can close, and the openers above that one are
 * dropped (they stay unclosed). To stay linear with thousands of unclosed openers (`« « « …`), each
 * closing character keeps its own stack of the openers it closes (by their position in the main
 * stack, with the opener's token index to tell a live entry from one that was dropped and whose
 * position was reused), so finding the opener never walks the main stack.
 */
function pairQuotes(tokens: readonly Token[], a: number, b: number, closeOf: Map<number, number>, isCloser: Set<number>): void {
  let straight = -1;
  /** Token indexes of the unclosed typed openers, innermost last. */
  const stack: number[] = [];
  /** Per closing character: positions in `stack` (ascending) of openers it closes, with their token index (made at the first opener). */
  let byCloser: Map<string, { pos: number[]; idx: number[] }> | null = null;
  for (let k = a; k < b; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'punct' || t.text.length !== 1) continue;
    const ch = t.text;
    if (ch === '"') {
      if (straight < 0) straight = k;
      else {
        closeOf.set(straight, k);
        isCloser.add(k);
        straight = -1;
      }
      continue;
    }
    const open = byCloser?.get(ch);
    if (open) {
      // drop entries whose opener is no longer on the stack (closed, or dropped by an outer closer)
      const { pos, idx } = open;
      while (pos.length > 0 && (pos[pos.length - 1]! >= stack.length || stack[pos[pos.length - 1]!] !== idx[idx.length - 1])) {
        pos.pop();
        idx.pop();
      }
      if (pos.length > 0) {
        const s = pos.pop()!;
        closeOf.set(idx.pop()!, k);
        isCloser.add(k);
        stack.length = s;
        continue;
      }
    }
    const closers = QUOTE_PAIRS.get(ch);
    if (closers) {
      if (!byCloser) {
        byCloser = new Map();
        for (const c of QUOTE_CLOSERS) byCloser.set(c, { pos: [], idx: [] });
      }
      for (const c of closers) {
        const e = byCloser.get(c)!;
        e.pos.push(stack.length);
        e.idx.push(k);
      }
      stack.push(k);
    }
  }
}

/**
 * Splits each paragraph into sentences.
 * @param text the document text
 * @param tokens the document's tokens (sorted, as `tokenize` returns them)
 * @param paragraphs the paragraph spans (sorted, disjoint)
 * @returns sentence spans (UTF-16, half-open) in order; every token inside a paragraph lies in exactly
 *   one sentence, and each sentence starts at a token start and ends at a token end
 */
export function splitSentences(text: string, tokens: readonly Token[], paragraphs: readonly Span[]): Sentence[] {
  const out: Sentence[] = [];
  let k = 0;
  for (const p of paragraphs) {
    while (k < tokens.length && tokens[k]!.start < p.start) k++;
    const first = k;
    while (k < tokens.length && tokens[k]!.end <= p.end) k++;
    // lines: a line break between two tokens ends a sentence
    let lineStart = first;
    for (let j = first + 1; j <= k; j++) {
      if (j === k || hasLineBreak(text, tokens[j - 1]!.end, tokens[j]!.start)) {
        splitLine(tokens, lineStart, j, out);
        lineStart = j;
      }
    }
  }
  return out;
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) return true;
  }
  return false;
}

/** Splits the tokens `[a, b)` of one line into sentences, appended to `out`. */
function splitLine(tokens: readonly Token[], a: number, b: number, out: Sentence[]): void {
  if (a >= b) return;
  const closeOf = new Map<number, number>();
  const isCloser = new Set<number>();
  pairQuotes(tokens, a, b, closeOf, isCloser);
  let start = a;
  let protectUntil = -1;
  let words = 0;
  for (let k = a; k < b; k++) {
    const t = tokens[k]!;
    const close = closeOf.get(k);
    if (close !== undefined && close > protectUntil) protectUntil = close;
    if (!isFinal(t)) {
      if (t.kind !== 'punct') words++;
      continue;
    }
    // absorb closing quotes/brackets and further final marks
    let end = k;
    while (end + 1 < b) {
      const nt = tokens[end + 1]!;
      if (isFinal(nt)) end++;
      else if (nt.kind === 'punct' && CLOSERS.has(nt.text) && (nt.text !== '"' || isCloser.has(end + 1) || (!closeOf.has(end + 1) && nt.start === tokens[end]!.end))) end++;
      else break;
    }
    k = end;
    if (end + 1 >= b) break; // the line ends here anyway
    if (words === 0) continue;
    if (protectUntil > end) continue; // inside a quotation that goes on
    const next = tokens[end + 1]!;
    if (LOWER_LATIN_RE.test(next.text) || (next.kind === 'punct' && NO_START.has(next.text))) continue;
    if (end - start === 1 && t.text === '.' && isListMarker(tokens[start]!)) continue;
    out.push({ start: tokens[start]!.start, end: tokens[end]!.end });
    start = end + 1;
    words = 0;
  }
  out.push({ start: tokens[start]!.start, end: tokens[b - 1]!.end });
}

/** A lone number or letter before a period at the start of a sentence: a list marker (`1.`). */
function isListMarker(t: Token): boolean {
  return t.kind === 'number' || (t.kind === 'word' && t.text.length === 1);
}
