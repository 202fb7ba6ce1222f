/**
 * Entity strings as sequences of word keys, indexed by their first key, and matched again in a
 * sentence: the entities the first stage found in a document window (stack.ts). (A phrase-level
 * name list from the training data, cross-validated like the word lexicon, was tried with the same
 * index and did not help on the development split: 73.98 against 74.18 for one stage.)
 */

export interface Phrase {
  readonly keys: readonly string[];
  /** Entity type index (labels.ts `NER_TYPES`). */
  readonly type: number;
}

/** First key → the phrases that start with it (each phrase and type once). */
export type PhraseIndex = Map<string, Phrase[]>;

/** Adds a phrase unless the same keys with the same type are there already. */
export function addPhrase(index: PhraseIndex, keys: readonly string[], type: number): void {
  if (keys.length === 0) return;
  let list = index.get(keys[0]!);
  if (!list) index.set(keys[0]!, (list = []));
  if (!list.some((x) => x.type === type && x.keys.length === keys.length && x.keys.every((k, q) => k === keys[q]))) list.push({ keys, type });
}

/**
 * Where the phrases occur in a sentence: per token, the marks `type * 2` (phrase starts here) and
 * `type * 2 + 1` (phrase continues), every occurrence of every phrase, without duplicates.
 */
export function markPhrases(keys: readonly string[], index: ReadonlyMap<string, readonly Phrase[]>): number[][] {
  const n = keys.length;
  const marks: number[][] = Array.from({ length: n }, () => []);
  for (let i = 0; i < n; i++) {
    const list = index.get(keys[i]!);
    if (!list) continue;
    for (const e of list) {
      const m = e.keys.length;
      if (i + m > n) continue;
      let ok = true;
      for (let q = 1; q < m && ok; q++) ok = keys[i + q] === e.keys[q];
      if (!ok) continue;
      if (!marks[i]!.includes(e.type * 2)) marks[i]!.push(e.type * 2);
      for (let q = 1; q < m; q++) if (!marks[i + q]!.includes(e.type * 2 + 1)) marks[i + q]!.push(e.type * 2 + 1);
    }
  }
  return marks;
}
