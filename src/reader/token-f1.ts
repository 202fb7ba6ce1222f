/**
 * Bag-of-tokens overlap between an extracted text and a reference text, the usual measure for
 * boilerplate removal (as in the CleanEval and trafilatura evaluations): both texts are split on
 * whitespace and punctuation, and the multisets of tokens are compared. Word order and paragraph
 * breaks do not matter; a repeated word counts as often as it occurs.
 */

/** Precision, recall and F1 of a predicted text against a reference, each in [0, 1]. */
export interface TokenScores {
  /** Share of the predicted tokens found in the reference. */
  precision: number;
  /** Share of the reference tokens found in the prediction. */
  recall: number;
  /** Harmonic mean of precision and recall. */
  f1: number;
  /** Number of predicted tokens. */
  predicted: number;
  /** Number of reference tokens. */
  reference: number;
  /** Size of the multiset intersection. */
  common: number;
}

/** Runs of whitespace, punctuation (Arabic `،؛؟` included) and symbols separate tokens. */
const SPLIT_RE = /[\s\p{P}\p{S}]+/u;

/**
 * Splits a text into comparison tokens: on whitespace, punctuation and symbols, lower-cased
 * (Latin case only matters for Latin words). `و"حدات` gives `و`, `حدات`; `2013،` gives `2013`.
 */
export function comparisonTokens(text: string): string[] {
  return text
    .toLowerCase()
    .split(SPLIT_RE)
    .filter((t) => t.length > 0);
}

function bag(tokens: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of tokens) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

/**
 * Bag-of-tokens precision, recall and F1 of `predicted` against `reference`
 * (see {@link comparisonTokens}). Two empty texts score 1; one empty text scores 0.
 */
export function tokenF1(predicted: string, reference: string): TokenScores {
  const p = comparisonTokens(predicted);
  const r = comparisonTokens(reference);
  if (p.length === 0 && r.length === 0) {
    return { precision: 1, recall: 1, f1: 1, predicted: 0, reference: 0, common: 0 };
  }
  const rb = bag(r);
  let common = 0;
  for (const [tok, count] of bag(p)) common += Math.min(count, rb.get(tok) ?? 0);
  const precision = p.length === 0 ? 0 : common / p.length;
  const recall = r.length === 0 ? 0 : common / r.length;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, predicted: p.length, reference: r.length, common };
}
