/**
 * Offset rules of output v1 that a JSON Schema cannot state: every span lies inside
 * `article.text`, `text.slice(start, end) === text` for every span that carries its text, and
 * the span lists are sorted. Returns the violations (empty when the output is consistent).
 */
import type { AnalysisV1 } from './v1.ts';

interface Spanish { start: number; end: number; text?: string }

export function checkOutputV1(out: AnalysisV1): string[] {
  const problems: string[] = [];
  const body = out.article.text;
  const check = (where: string, s: Spanish): void => {
    if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end && s.end <= body.length)) {
      problems.push(`${where} [${s.start},${s.end}) lies outside article.text (length ${body.length})`);
    } else if (s.text !== undefined && body.slice(s.start, s.end) !== s.text) {
      problems.push(`${where} text ${JSON.stringify(s.text)} differs from article.text.slice(${s.start}, ${s.end})`);
    }
  };
  const sorted = (where: string, xs: readonly Spanish[]): void => {
    for (let i = 1; i < xs.length; i++) {
      if (xs[i]!.start < xs[i - 1]!.end) problems.push(`${where}[${i}] overlaps or precedes ${where}[${i - 1}]`);
    }
  };
  out.paragraphs.forEach((s, i) => check(`paragraphs[${i}]`, s));
  out.sentences.forEach((s, i) => check(`sentences[${i}]`, s));
  sorted('paragraphs', out.paragraphs);
  sorted('sentences', out.sentences);
  out.entities.forEach((e, i) => {
    check(`entities[${i}]`, e);
    if (e.tokens) {
      check(`entities[${i}].tokens`, e.tokens);
      if (e.tokens.start > e.start || e.tokens.end < e.end) problems.push(`entities[${i}].tokens does not cover the entity`);
    }
  });
  sorted('entities', out.entities);
  (out.actors ?? []).forEach((a, i) =>
    a.mentions.forEach((m, j) => {
      check(`actors[${i}].mentions[${j}]`, m);
      if (m.entity !== null) {
        const e = out.entities.find((x) => x.id === m.entity);
        if (!e) problems.push(`actors[${i}].mentions[${j}] names unknown entity ${m.entity}`);
        else if (e.start !== m.start || e.end !== m.end) problems.push(`actors[${i}].mentions[${j}] does not match entity ${m.entity}'s span`);
      }
    }),
  );
  out.timexes.forEach((t, i) => check(`timexes[${i}]`, t));
  out.events.forEach((e, i) => {
    const ev = e as { trigger?: Spanish; sentence?: Spanish };
    if (ev.trigger) check(`events[${i}].trigger`, ev.trigger);
    if (ev.sentence) check(`events[${i}].sentence`, ev.sentence);
  });
  return problems;
}
