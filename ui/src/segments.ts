/**
 * The article view's text as pieces: the text cut at sentence boundaries and at the marks
 * (entities, dates, event triggers), each piece plain text or one mark. Offsets are those of
 * output v1 (UTF-16, half-open); overlapping marks keep the one that starts first (the longer on
 * a tie), so the text is shown once and whole.
 */
export interface Mark {
  start: number;
  end: number;
  kind: 'entity' | 'timex' | 'trigger';
  /** The CSS class suffix (entity type, event type). */
  sub: string;
  /** The tooltip: the actor, the normalised date, the event. */
  title: string;
  /** An actor code to open on click, if any. */
  actor?: string | null;
  /** The event id (v1, v2 …) of a trigger. */
  event?: string;
}

export interface Piece {
  text: string;
  start: number;
  mark?: Mark;
}

export interface SentenceBlock {
  index: number;
  /** Text between sentences (paragraph breaks): never marked as a sentence. */
  gap: boolean;
  start: number;
  end: number;
  pieces: Piece[];
}

/** Marks without overlaps: sorted by start, longer first, each kept only if it starts after the last kept one ends. */
export function resolveOverlaps(marks: readonly Mark[]): Mark[] {
  const sorted = [...marks].filter((m) => m.end > m.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Mark[] = [];
  let end = -1;
  for (const m of sorted) {
    if (m.start >= end) {
      out.push(m);
      end = m.end;
    }
  }
  return out;
}

/** Cuts `text` into sentence blocks and the gaps between them (paragraph breaks), with their marked pieces. */
export function buildBlocks(text: string, sentences: readonly { start: number; end: number }[], marks: readonly Mark[]): SentenceBlock[] {
  const kept = resolveOverlaps(marks);
  const bounds: { start: number; end: number; gap: boolean }[] = [];
  let at = 0;
  for (const s of sentences) {
    if (s.start < at) continue;
    if (s.start > at) bounds.push({ start: at, end: s.start, gap: true });
    bounds.push({ start: s.start, end: s.end, gap: false });
    at = s.end;
  }
  if (at < text.length) bounds.push({ start: at, end: text.length, gap: true });
  let mi = 0;
  return bounds.map((b, index) => {
    const pieces: Piece[] = [];
    let pos = b.start;
    while (mi < kept.length && kept[mi]!.start < b.end) {
      const m = kept[mi]!;
      if (m.end > b.end) break; // a mark across a sentence boundary is left unmarked
      if (m.start > pos) pieces.push({ text: text.slice(pos, m.start), start: pos });
      pieces.push({ text: text.slice(m.start, m.end), start: m.start, mark: m });
      pos = m.end;
      mi++;
    }
    while (mi < kept.length && kept[mi]!.start < b.end) mi++;
    if (pos < b.end) pieces.push({ text: text.slice(pos, b.end), start: pos });
    return { index, gap: b.gap, start: b.start, end: b.end, pieces };
  });
}
