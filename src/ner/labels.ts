/**
 * The label set of the NER tagger: ANERcorp's BIO labels. Label 0 is `O`; for each type `X` at
 * index k (0-based) `B-X` is 1 + 2k and `I-X` is 2 + 2k.
 */
export const NER_TYPES = ['PERS', 'LOC', 'ORG', 'MISC'] as const;
export type NerType = (typeof NER_TYPES)[number];

export const LABELS: readonly string[] = ['O', ...NER_TYPES.flatMap((t) => [`B-${t}`, `I-${t}`])];
export const NUM_LABELS = LABELS.length;
export const LABEL_INDEX: ReadonlyMap<string, number> = new Map(LABELS.map((l, i) => [l, i]));

/** True when label index `l` is an `I-` label. */
export function isInside(l: number): boolean {
  return l > 0 && l % 2 === 0;
}

/**
 * `allowed[prev * NUM_LABELS + cur]` is 1 when `cur` may follow `prev` under BIO (an `I-X` only
 * after `B-X` or `I-X`); row `NUM_LABELS` is the sentence start (no `I-` first).
 */
export const ALLOWED: Uint8Array = (() => {
  const a = new Uint8Array((NUM_LABELS + 1) * NUM_LABELS);
  for (let p = 0; p <= NUM_LABELS; p++) {
    for (let c = 0; c < NUM_LABELS; c++) {
      let ok = true;
      if (isInside(c)) ok = p < NUM_LABELS && p > 0 && (p === c || p === c - 1);
      a[p * NUM_LABELS + c] = ok ? 1 : 0;
    }
  }
  return a;
})();

/** The label index of a label string; unknown labels (and other tag sets) map to `O`. */
export function labelIndex(label: string): number {
  return LABEL_INDEX.get(label) ?? 0;
}

/**
 * Repairs a label sequence to valid BIO the way seqeval reads it: an `I-X` after `O` or after a
 * label of another type starts an entity, so it becomes `B-X`. (ANERcorp's training file has a
 * dozen such labels; the constrained decoder could never produce them.)
 */
export function repairBio(labels: readonly string[]): string[] {
  const out = labels.slice();
  for (let i = 0; i < out.length; i++) {
    const l = out[i]!;
    if (!l.startsWith('I-')) continue;
    const prev = i > 0 ? out[i - 1]! : 'O';
    if (prev === 'O' || prev.slice(2) !== l.slice(2)) out[i] = `B-${l.slice(2)}`;
  }
  return out;
}
