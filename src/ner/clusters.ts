/**
 * The Brown cluster file (`data/ner/clusters.tsv`, built by `scripts/train-clusters.ts`): one word a
 * line, `<bit string>\t<word key>\t<count>` as in `wcluster`'s `paths` file; lines starting with `#`
 * are comments. Word keys are `wordKey` forms (src/ner/keys.ts).
 */
import { readFileSync } from 'node:fs';

const LINE_RE = /^([01]+)\t([^\t]+)\t(\d+)$/;

/**
 * Parses the text of a cluster file.
 * @param counts when given, filled with word key → corpus count (the third column)
 * @returns word key → bit string, in file order
 * @throws Error naming the line of the first malformed line
 */
export function parseClusters(text: string, counts?: Map<string, number>): Map<string, string> {
  const out = new Map<string, string>();
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/\r$/, '');
    if (line === '' || line.startsWith('#')) continue;
    const m = LINE_RE.exec(line);
    if (!m) throw new Error(`cluster file, line ${i + 1}: expected "<bits>\\t<word>\\t<count>", got ${JSON.stringify(line.slice(0, 80))}`);
    out.set(m[2]!, m[1]!);
    counts?.set(m[2]!, Number(m[3]!));
  }
  return out;
}

/** Reads a cluster file (see `parseClusters`). */
export function loadClusters(path: string): Map<string, string> {
  return parseClusters(readFileSync(path, 'utf8'));
}
