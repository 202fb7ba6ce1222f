/**
 * From token labels to the `entities` layer: each sentence's tokens are tagged, BIO runs become
 * spans (seqeval's default reading: an `I-X` after `O` or another type starts an entity), and a
 * proclitic attached to the first word (و ف ب ك ل, as the clitic segmenter found them) is left
 * outside the span when what remains is a name in its own right (see `NerTagger.nameStart`), while
 * the tokens the entity came from are recorded. The article ال stays in the name; where ل has
 * absorbed its alif (`للأمم المتحدة`), the span starts at the second ل and `name` restores the full
 * form (`الأمم المتحدة`).
 */
import type { Entity, EntityType, Sentence, Token } from '../doc/types.ts';
import { NER_TYPES } from './labels.ts';
import { spansOf } from './seqeval.ts';
import type { NerTagger } from './tagger.ts';
import { LABELS } from './labels.ts';

const TYPE_OUT: Readonly<Record<(typeof NER_TYPES)[number], EntityType>> = { PERS: 'PER', LOC: 'LOC', ORG: 'ORG', MISC: 'MISC' };

/**
 * Tags the entities of a document.
 * @param text the document text
 * @param tokens its tokens
 * @param sentences its sentences (tokens are assigned to the sentence holding their start)
 * @param tagger the NER tagger
 */
export function tagEntities(text: string, tokens: readonly Token[], sentences: readonly Sentence[], tagger: NerTagger): Entity[] {
  const groups = tokensBySentence(tokens, sentences);
  // the whole article is one document for the tagger's second (document-level) stage
  const labels = tagger.tagDocument(groups.map((g) => g.map((k) => k.text)));
  const out: Entity[] = [];
  groups.forEach((g, i) => out.push(...entitiesFromLabels(text, g, Array.from(labels[i]!, (l) => LABELS[l]!), tagger)));
  return out;
}

/** The tokens of each sentence (a token belongs to the sentence holding its start; empty sentences left out), in one pass. */
export function tokensBySentence(tokens: readonly Token[], sentences: readonly Sentence[]): Token[][] {
  const groups: Token[][] = [];
  let t = 0;
  for (const s of sentences) {
    while (t < tokens.length && tokens[t]!.start < s.start) t++;
    const first = t;
    while (t < tokens.length && tokens[t]!.start < s.end) t++;
    if (t > first) groups.push(tokens.slice(first, t));
  }
  return groups;
}

/**
 * The entities that BIO labels mark on a sentence's tokens (seqeval's default reading).
 * @param text the document text the tokens point into
 * @param toks the tokens of one sentence
 * @param labels one ANERcorp label per token
 */
export function entitiesFromLabels(text: string, toks: readonly Token[], labels: readonly string[], names: NameStart): Entity[] {
  const out: Entity[] = [];
  for (const sp of spansOf(labels)) {
    const e = toEntity(text, toks, sp.start, sp.end, sp.type, names);
    if (e) out.push(e);
  }
  return out;
}

/** Decides where a name starts inside its first token (the tagger's `nameStart`). */
export interface NameStart {
  nameStart(word: string): { skip: number; restoreAl: boolean };
}

function toEntity(text: string, toks: readonly Token[], a: number, b: number, type: string, names: NameStart): Entity | null {
  const ty = TYPE_OUT[type as keyof typeof TYPE_OUT];
  if (!ty) return null;
  const firstTok = toks[a]!;
  const lastTok = toks[b - 1]!;
  const end = lastTok.end;
  const cut = b - a === 1 && firstTok.kind !== 'word' ? { skip: 0, restoreAl: false } : names.nameStart(firstTok.text);
  const start = firstTok.start + cut.skip < end ? firstTok.start + cut.skip : firstTok.start;
  const span = text.slice(start, end);
  return {
    start,
    end,
    type: ty,
    text: span,
    name: cut.restoreAl && start > firstTok.start ? 'ا' + span : span,
    tokens: { start: firstTok.start, end },
  };
}
