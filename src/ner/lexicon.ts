/**
 * The training-data name lexicon: for each word key, how often it occurred in the training data
 * and how often inside an entity of each type. Built by cross-validation for training (each
 * sentence sees the lexicon of the other folds, never its own), and from all training data for the
 * model file — so that the feature means at tagging time what it meant in training.
 */
import type { NameLexicon } from './features.ts';
import { NER_TYPES } from './labels.ts';
import { wordKey } from './keys.ts';

export type LexiconCounts = Map<string, number[]>;

/** A labelled sentence as read from a CoNLL file. */
export interface LabelledSentence {
  readonly tokens: readonly string[];
  readonly labels: readonly string[];
}

/** Adds one sentence's counts to `into`. */
export function addToLexicon(into: LexiconCounts, s: LabelledSentence): void {
  for (let i = 0; i < s.tokens.length; i++) {
    const k = wordKey(s.tokens[i]!);
    if (k === '') continue;
    let c = into.get(k);
    if (!c) into.set(k, (c = new Array<number>(NER_TYPES.length + 1).fill(0)));
    c[0]!++;
    const lab = s.labels[i]!;
    if (lab !== 'O') {
      const t = NER_TYPES.indexOf(lab.slice(2) as (typeof NER_TYPES)[number]);
      if (t >= 0) c[t + 1]!++;
    }
  }
}

export function buildLexicon(sentences: readonly LabelledSentence[]): LexiconCounts {
  const m: LexiconCounts = new Map();
  for (const s of sentences) addToLexicon(m, s);
  return m;
}

/** Wraps counts as the `NameLexicon` the features read; keys never seen inside an entity are kept (they say "seen, not a name"). */
export function lexiconView(m: ReadonlyMap<string, readonly number[]>): NameLexicon {
  return { get: (k) => m.get(k) };
}

/**
 * Cross-validated lexicons: the sentences are cut into `folds` contiguous blocks (documents are
 * contiguous in ANERcorp, so a name repeated within one article does not leak into its own
 * features); fold k's lexicon counts all blocks but k.
 * @returns per sentence, the index of its fold, and the lexicon of each fold
 */
export function foldLexicons(sentences: readonly LabelledSentence[], folds: number): { foldOf: Int32Array; lexicons: LexiconCounts[] } {
  const foldOf = new Int32Array(sentences.length);
  const total = sentences.reduce((a, s) => a + s.tokens.length, 0);
  let seen = 0;
  for (let i = 0; i < sentences.length; i++) {
    foldOf[i] = Math.min(folds - 1, Math.floor((seen * folds) / Math.max(1, total)));
    seen += sentences[i]!.tokens.length;
  }
  const perFold: LexiconCounts[] = [];
  for (let k = 0; k < folds; k++) perFold.push(buildLexicon(sentences.filter((_, i) => foldOf[i] === k)));
  const all = new Map<string, number[]>();
  for (const f of perFold) for (const [k, c] of f) {
    const a = all.get(k);
    if (!a) all.set(k, c.slice());
    else for (let j = 0; j < c.length; j++) a[j]! += c[j]!;
  }
  const lexicons = perFold.map((f) => {
    const m: LexiconCounts = new Map();
    for (const [k, c] of all) {
      const own = f.get(k);
      if (!own) {
        m.set(k, c);
        continue;
      }
      if (own[0] === c[0]) continue;
      m.set(k, c.map((x, j) => x - own[j]!));
    }
    return m;
  });
  return { foldOf, lexicons };
}
