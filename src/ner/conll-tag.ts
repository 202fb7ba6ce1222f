/**
 * `rasd tag --conll` as a library function: reads a CoNLL stream (one token per line, first
 * whitespace-separated column; a blank line between sentences), tags each sentence as soon as the
 * sentences its document window needs have arrived (the second stage looks ±window sentences
 * around; the file is one stream of sentences), and writes every input line back with the predicted label appended as the last column
 * (after a tab when the line uses tabs, else after a space). Blank lines are written back as empty
 * lines, so tokens and line structure are kept; `\r\n` line ends become `\n`.
 */
import { splitLines, type Line } from '../io/lines.ts';
import { conllColumns } from './conll.ts';
import type { NerTagger } from './tagger.ts';
import { LABELS } from './labels.ts';

export interface ConllTagResult {
  readonly sentences: number;
  readonly tokens: number;
  /** Lines that could not be read (too large); each was written back as its label alone. */
  readonly problems: readonly string[];
}

/** Longest accepted line (a token line is short; this bounds memory on garbage input). */
export const DEFAULT_MAX_CONLL_LINE_BYTES = 1024 * 1024;

/**
 * A run of more token lines than this without a blank line is tagged in pieces of this many (each
 * piece as a sentence; no line is added or lost), so that memory stays bounded on any input.
 */
export const MAX_SENTENCE_LINES = 10_000;

export async function tagConllStream(
  source: AsyncIterable<Uint8Array | string>,
  write: (s: string) => Promise<void> | void,
  tagger: NerTagger,
  maxLineBytes = DEFAULT_MAX_CONLL_LINE_BYTES,
): Promise<ConllTagResult> {
  const decoder = new TextDecoder('utf-8', { fatal: false });
  let lines: string[] = [];
  let words: string[] = [];
  let sentences = 0;
  let tokens = 0;
  const problems: string[] = [];
  // sentences tagged by the stream come back in order; each waits here with the blank lines after it
  const pending: { lines: string[]; after: number }[] = [];
  const stream = tagger.stream();
  const emit = async (done: Int32Array[]): Promise<void> => {
    let out = '';
    for (const labels of done) {
      const p = pending.shift()!;
      for (let i = 0; i < p.lines.length; i++) {
        const l = p.lines[i]!;
        out += l === '' ? LABELS[labels[i]!]! + '\n' : `${l}${l.includes('\t') ? '\t' : ' '}${LABELS[labels[i]!]!}\n`;
      }
      out += '\n'.repeat(p.after);
    }
    if (out) await write(out);
  };
  // a blank line goes after the sentence before it (still waiting, or already written)
  const blank = async (): Promise<void> => {
    if (pending.length > 0) pending[pending.length - 1]!.after++;
    else await write('\n');
  };
  const flush = async (): Promise<void> => {
    if (lines.length === 0) return;
    sentences++;
    tokens += lines.length;
    pending.push({ lines, after: 0 });
    const ws = words;
    lines = [];
    words = [];
    await emit(stream.push(ws));
  };
  for await (const line of splitLines(source, maxLineBytes) as AsyncGenerator<Line>) {
    if (line.tooLarge) {
      problems.push(`line ${line.lineNo}: longer than ${maxLineBytes} bytes (${line.size}); written back as its label alone`);
      lines.push('');
      words.push('');
      continue;
    }
    const text = decoder.decode(line.bytes).replace(/[ \t]+$/, '');
    const cols = conllColumns(text);
    if (cols.length === 0) {
      await flush();
      await blank();
      continue;
    }
    lines.push(text);
    words.push(cols[0]!);
    if (lines.length >= MAX_SENTENCE_LINES) await flush();
  }
  await flush();
  await emit(stream.end());
  return { sentences, tokens, problems };
}
