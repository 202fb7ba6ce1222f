/**
 * The self-trained news lexicon (a semi-supervised step): a first-stage tagger labels the
 * unlabelled articles of `../shared/data/news/`, and for every word (clitic-stripped key) we count
 * how often it was tagged inside an entity of each type there. Words that ANERcorp never shows but
 * that the news shows in name-like contexts again and again (a 2015 minister, a football club) then
 * carry that evidence into the second stage as features. For the training sentences the lexicon
 * comes from a tagger that did not see them (the stacking folds), so the second stage learns how
 * far to trust it on unseen text.
 */
import { readFileSync } from 'node:fs';
import { tokenize } from '../tokenize/tokenizer.ts';
import { NER_TYPES } from './labels.ts';

/** Stem key → [total, PERS, LOC, ORG, MISC] token counts. */
export type NewsLexicon = Map<string, number[]>;

const SENTENCE_FINAL = /^[.!?\u061f\u2026\u06d4]+$/;

/**
 * Reads unlabelled sentences (token lists) from news JSONL files, paragraph by paragraph, cut
 * after sentence-final marks, up to `maxTokens` tokens in all (files in the order given).
 */
export function readNewsSentences(files: readonly string[], maxTokens: number): string[][] {
  const out: string[][] = [];
  let total = 0;
  for (const f of files) {
    for (const line of readFileSync(f, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      let row: { text?: unknown; title?: unknown };
      try {
        row = JSON.parse(line) as { text?: unknown; title?: unknown };
      } catch {
        continue;
      }
      const parts = [typeof row.title === 'string' ? row.title : '', typeof row.text === 'string' ? row.text : ''];
      for (const part of parts) {
        for (const para of part.split(/\n+/)) {
          let cur: string[] = [];
          for (const t of tokenize(para)) {
            cur.push(t.text);
            if (SENTENCE_FINAL.test(t.text) || cur.length >= 200) {
              out.push(cur);
              total += cur.length;
              cur = [];
            }
          }
          if (cur.length > 0) {
            out.push(cur);
            total += cur.length;
          }
          if (total >= maxTokens) return out;
        }
      }
    }
  }
  return out;
}

/** Counts the entity labels given to each key. */
export function countNewsLexicon(keys: readonly (readonly string[])[], labels: readonly Int32Array[]): NewsLexicon {
  const m: NewsLexicon = new Map();
  for (let s = 0; s < keys.length; s++) {
    const ks = keys[s]!;
    const ls = labels[s]!;
    for (let i = 0; i < ks.length; i++) {
      const k = ks[i]!;
      if (k.length < 2) continue;
      let c = m.get(k);
      if (!c) m.set(k, (c = new Array<number>(NER_TYPES.length + 1).fill(0)));
      c[0]!++;
      const l = ls[i]!;
      if (l > 0) c[((l - 1) >> 1) + 1]!++;
    }
  }
  return m;
}

/** Keeps the keys seen at least `minCount` times (the rest says too little to keep in a model file). */
export function pruneNewsLexicon(m: NewsLexicon, minCount: number): NewsLexicon {
  const out: NewsLexicon = new Map();
  for (const k of [...m.keys()].sort()) {
    const c = m.get(k)!;
    if (c[0]! >= minCount) out.set(k, c);
  }
  return out;
}
