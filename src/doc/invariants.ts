import type { Doc, Span } from './types.ts';

/**
 * Checks every offset invariant of a Doc and returns the list of violations (empty when valid):
 * spans lie inside the text, each layer is sorted, tokens are non-empty and non-overlapping,
 * a token's `text` equals its slice, clitic segments tile their token, and every token lies
 * inside exactly one sentence and every sentence inside one paragraph.
 */
export function checkDoc(doc: Doc): string[] {
  const problems: string[] = [];
  const n = doc.text.length;
  const inText = (layer: string, s: Span, i: number): boolean => {
    if (!Number.isInteger(s.start) || !Number.isInteger(s.end) || s.start < 0 || s.end > n || s.start > s.end) {
      problems.push(`${layer}[${i}] [${s.start},${s.end}) lies outside the text (length ${n})`);
      return false;
    }
    return true;
  };
  const sortedDisjoint = (layer: string, spans: readonly Span[], allowEmpty: boolean): void => {
    let prevEnd = -1;
    spans.forEach((s, i) => {
      if (!inText(layer, s, i)) return;
      if (!allowEmpty && s.start === s.end) problems.push(`${layer}[${i}] is empty`);
      if (s.start < prevEnd) problems.push(`${layer}[${i}] [${s.start},${s.end}) overlaps or precedes the previous span (ends ${prevEnd})`);
      prevEnd = s.end;
    });
  };
  const within = (inner: string, innerSpans: readonly Span[], outer: string, outerSpans: readonly Span[]): void => {
    let j = 0;
    innerSpans.forEach((s, i) => {
      while (j < outerSpans.length && outerSpans[j]!.end <= s.start && !(outerSpans[j]!.end === s.start && s.start === s.end)) j++;
      const o = outerSpans[j];
      if (!o || s.start < o.start || s.end > o.end) problems.push(`${inner}[${i}] [${s.start},${s.end}) is not inside one ${outer}`);
    });
  };

  const { paragraphs, tokens, sentences, timexes, entities } = doc.layers;
  if (paragraphs) {
    sortedDisjoint('paragraphs', paragraphs, false);
    paragraphs.forEach((p, i) => {
      const t = doc.text.slice(p.start, p.end);
      if (t !== t.trim()) problems.push(`paragraphs[${i}] starts or ends with whitespace`);
    });
  }
  if (tokens) {
    sortedDisjoint('tokens', tokens, false);
    tokens.forEach((t, i) => {
      if (doc.text.slice(t.start, t.end) !== t.text) problems.push(`tokens[${i}] text ${JSON.stringify(t.text)} differs from its slice`);
      if (/\s/.test(t.text)) problems.push(`tokens[${i}] ${JSON.stringify(t.text)} contains whitespace`);
      if (t.segments) {
        let at = t.start;
        t.segments.forEach((g, k) => {
          if (g.start !== at || g.end <= g.start) problems.push(`tokens[${i}].segments[${k}] does not continue the previous segment`);
          at = g.end;
        });
        if (at !== t.end) problems.push(`tokens[${i}].segments do not end at the token's end`);
        if (t.segments.filter((g) => g.role === 'stem').length !== 1) problems.push(`tokens[${i}] must have exactly one stem segment`);
      }
    });
  }
  if (sentences) {
    sortedDisjoint('sentences', sentences, false);
    sentences.forEach((s, i) => {
      const t = doc.text.slice(s.start, s.end);
      if (t !== t.trim()) problems.push(`sentences[${i}] starts or ends with whitespace`);
    });
    if (paragraphs) within('sentences', sentences, 'paragraph', paragraphs);
    if (tokens) within('tokens', tokens, 'sentence', sentences);
  }
  if (timexes) {
    sortedDisjoint('timexes', timexes, false);
    timexes.forEach((t, i) => {
      if (doc.text.slice(t.start, t.end) !== t.text) problems.push(`timexes[${i}] text ${JSON.stringify(t.text)} differs from its slice`);
    });
    if (paragraphs) within('timexes', timexes, 'paragraph', paragraphs);
  }
  if (entities) {
    sortedDisjoint('entities', entities, false);
    const tokenStarts = new Set((tokens ?? []).map((t) => t.start));
    entities.forEach((e, i) => {
      if (e.end <= e.start) problems.push(`entities[${i}] is empty`);
      if (doc.text.slice(e.start, e.end) !== e.text) problems.push(`entities[${i}] text ${JSON.stringify(e.text)} differs from its slice`);
      if (e.tokens.start > e.start || e.tokens.end !== e.end) problems.push(`entities[${i}].tokens does not start at or before the entity and end with it`);
      if (tokens && !tokenStarts.has(e.tokens.start)) problems.push(`entities[${i}] does not start at a token`);
    });
    if (sentences) within('entities', entities, 'sentence', sentences);
  }
  return problems;
}
