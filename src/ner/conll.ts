/**
 * CoNLL-style token files: one token per line (first whitespace-separated column; further columns
 * are kept but ignored), a blank line between sentences. ANERcorp's `token label` files and the
 * input of `rasd tag --conll` share this shape.
 */

/** One sentence of a CoNLL file. */
export interface ConllSentence {
  /** The first column of each line. */
  readonly tokens: string[];
  /** The last column of each line when the file has at least two columns, else null. */
  readonly labels: string[] | null;
}

/** Splits text into lines, accepting `\n` and `\r\n`; a final newline does not add an empty line. */
export function conllLines(text: string): string[] {
  const lines = text.split(/\r?\n/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

const WS = /[ \t]+/;

/** The columns of one line (split on spaces and tabs, leading/trailing blanks ignored). */
export function conllColumns(line: string): string[] {
  const t = line.trim();
  return t === '' ? [] : t.split(WS);
}

/**
 * Reads a CoNLL file into sentences. A line of blanks only separates sentences; runs of blank lines
 * give no empty sentences.
 * @param text the file content
 * @param withLabels take the last column as the gold label (every non-blank line must then have at
 *   least two columns)
 * @throws Error naming the line when `withLabels` is set and a line has a single column
 */
export function readConll(text: string, withLabels = false): ConllSentence[] {
  const out: ConllSentence[] = [];
  let tokens: string[] = [];
  let labels: string[] = [];
  const lines = conllLines(text);
  for (let i = 0; i < lines.length; i++) {
    const cols = conllColumns(lines[i]!);
    if (cols.length === 0) {
      if (tokens.length > 0) out.push({ tokens, labels: withLabels ? labels : null });
      tokens = [];
      labels = [];
      continue;
    }
    tokens.push(cols[0]!);
    if (withLabels) {
      if (cols.length < 2) throw new Error(`line ${i + 1}: expected a token and a label, found "${lines[i]}"`);
      labels.push(cols[cols.length - 1]!);
    }
  }
  if (tokens.length > 0) out.push({ tokens, labels: withLabels ? labels : null });
  return out;
}
