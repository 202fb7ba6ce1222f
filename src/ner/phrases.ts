/**
 * Entity strings as sequences of word keys, indexed by their first key, and matched again in a
 * sentence: used for the names of the training data (a phrase-level name list, built by
 * cross-validation like the word lexicon) and for the entities the first stage found in a
 * document window (stack.ts).
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

/** A phrase index as a flat, sorted list (`type \t keys`) for a model header, and back. */
export function phrasesToList(index: PhraseIndex): string[] {
  const out: string[] = [];
  for (const list of index.values()) for (const p of list) out.push(`${p.type}\t${p.keys.join(' ')}`);
  return out.sort();
}

export function phrasesFromList(list: readonly string[]): PhraseIndex {
  const index: PhraseIndex = new Map();
  for (const line of list) {
    const tab = line.indexOf('\t');
    addPhrase(index, line.slice(tab + 1).split(' '), Number(line.slice(0, tab)));
  }
  return index;
}
