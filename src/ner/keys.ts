/**
 * The one key function of the NER module: how a word is looked up in the cluster file, the
 * gazetteers and the model's word features. It is the match view of the text layer
 * (`normalizeForMatch`: diacritics and tatweel removed, alef variants → ا, ى → ي, ة → ه, digits →
 * ASCII) with Latin letters lower-cased and every ASCII digit written as `0`, so that `2006` and
 * `1999` share one key shape and the cluster vocabulary is not spent on numbers.
 */
import { normalizeForMatch } from '../lang/ar/normalize.ts';

const DIGIT_OR_UPPER = /[0-9A-Z]/;

/**
 * The lookup key of one word (see the module comment).
 * @param word a token as written
 * @returns its key; `''` only for an empty or all-dropped word
 */
export function wordKey(word: string): string {
  const n = normalizeForMatch(word);
  if (!DIGIT_OR_UPPER.test(n)) return n;
  return n.replace(/[0-9]/g, '0').toLowerCase();
}
