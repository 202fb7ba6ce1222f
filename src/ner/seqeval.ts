/**
 * Entity-level scoring of BIO label sequences with seqeval's semantics.
 *
 * - `default` mode is seqeval's default (`classification_report(y_true, y_pred)` without a
 *   scheme): an entity starts at `B-X`, and also at `I-X` after `O` or after a label of another
 *   type; it ends before the next `B-`, `O`, or a change of type. This is the figure published
 *   results on ANERcorp report.
 * - `strict` mode is seqeval's `mode='strict', scheme=IOB2`: an entity is only a `B-X` followed by
 *   `I-X`s; an `I-X` that does not continue a `B-X`/`I-X` of the same type starts nothing.
 *
 * Scores are micro-averaged over entities (exact type and boundaries).
 */

/** An entity as a type and a half-open token range. */
export interface LabelSpan {
  readonly type: string;
  readonly start: number;
  readonly end: number;
}

export type SeqevalMode = 'default' | 'strict';

function split(label: string): [string, string] {
  if (label === 'O' || label.length < 2 || label[1] !== '-') return ['O', ''];
  return [label[0]!, label.slice(2)];
}

/**
 * The entities of one label sequence.
 * @param labels BIO labels (`O`, `B-X`, `I-X`; anything else counts as `O`)
 */
export function spansOf(labels: readonly string[], mode: SeqevalMode = 'default'): LabelSpan[] {
  const out: LabelSpan[] = [];
  let type = '';
  let start = -1;
  const close = (i: number): void => {
    if (start >= 0) out.push({ type, start, end: i });
    start = -1;
    type = '';
  };
  for (let i = 0; i < labels.length; i++) {
    const [p, t] = split(labels[i]!);
    if (p === 'B') {
      close(i);
      start = i;
      type = t;
    } else if (p === 'I') {
      if (start >= 0 && t === type) continue;
      close(i);
      if (mode === 'default') {
        start = i;
        type = t;
      }
    } else {
      close(i);
    }
  }
  close(labels.length);
  return out;
}

/** Precision, recall and F1 (in percent) with the counts behind them. */
export interface PRF {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export function prf(tp: number, fp: number, fn: number): PRF {
  const precision = tp + fp === 0 ? 0 : (100 * tp) / (tp + fp);
  const recall = tp + fn === 0 ? 0 : (100 * tp) / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

/** Per-type and micro-averaged scores. */
export interface SeqevalReport {
  readonly byType: Readonly<Record<string, PRF>>;
  readonly micro: PRF;
}

/**
 * True/false positives and false negatives per type, from sets of keys that start with the type
 * and a tab (`PERS\t3\t5`, `LOC\tبغداد`); shared by seqeval and the dev-gold entity scoring.
 */
export class TypeCounts {
  private readonly counts = new Map<string, { tp: number; fp: number; fn: number }>();

  private get(t: string): { tp: number; fp: number; fn: number } {
    let c = this.counts.get(t);
    if (!c) this.counts.set(t, (c = { tp: 0, fp: 0, fn: 0 }));
    return c;
  }

  /** Counts one comparison; `onDiff` hears of every false positive and false negative. */
  compare(gold: ReadonlySet<string>, pred: ReadonlySet<string>, onDiff?: (key: string, kind: 'fp' | 'fn') => void): void {
    for (const k of pred) {
      const t = k.slice(0, k.indexOf('\t'));
      if (gold.has(k)) this.get(t).tp++;
      else {
        this.get(t).fp++;
        onDiff?.(k, 'fp');
      }
    }
    for (const k of gold) {
      if (pred.has(k)) continue;
      this.get(k.slice(0, k.indexOf('\t'))).fn++;
      onDiff?.(k, 'fn');
    }
  }

  /** Per-type and micro figures. */
  report(): SeqevalReport {
    const byType: Record<string, PRF> = {};
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const t of [...this.counts.keys()].sort()) {
      const c = this.counts.get(t)!;
      byType[t] = prf(c.tp, c.fp, c.fn);
      tp += c.tp;
      fp += c.fp;
      fn += c.fn;
    }
    return { byType, micro: prf(tp, fp, fn) };
  }
}

/**
 * Scores predicted label sequences against gold ones, sentence by sentence.
 * @throws Error when the two lists, or any sentence pair, differ in length
 */
export function seqeval(gold: readonly (readonly string[])[], pred: readonly (readonly string[])[], mode: SeqevalMode = 'default'): SeqevalReport {
  if (gold.length !== pred.length) throw new Error(`seqeval: ${gold.length} gold sentences, ${pred.length} predicted`);
  const counts = new TypeCounts();
  for (let s = 0; s < gold.length; s++) {
    const g = gold[s]!;
    const p = pred[s]!;
    if (g.length !== p.length) throw new Error(`seqeval: sentence ${s + 1} has ${g.length} gold labels, ${p.length} predicted`);
    const key = (e: LabelSpan): string => `${e.type}\t${e.start}\t${e.end}`;
    counts.compare(new Set(spansOf(g, mode).map(key)), new Set(spansOf(p, mode).map(key)));
  }
  return counts.report();
}
