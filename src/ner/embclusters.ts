/**
 * The embedding cluster file (`data/ner/embclusters.tsv`, built by `scripts/train-embeddings.ts`):
 * k-means clusterings of skip-gram word vectors (src/ner/embeddings.ts) at three granularities, one
 * word a line, `<word key>\t<c64>\t<c256>\t<c1024>` (cluster ids, decimal); lines starting with `#`
 * are comments. Word keys are `wordKey` forms (src/ner/keys.ts).
 */

const LINE_RE = /^([^\t]+)\t(\d{1,5})\t(\d{1,5})\t(\d{1,5})$/;

/**
 * Parses the text of an embedding cluster file.
 * @returns word key → [c64, c256, c1024], in file order
 * @throws Error naming the line of the first malformed line (or of a repeated word key)
 */
export function parseEmbClusters(text: string): Map<string, Uint16Array> {
  const out = new Map<string, Uint16Array>();
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/\r$/, '');
    if (line === '' || line.startsWith('#')) continue;
    const m = LINE_RE.exec(line);
    const ids = m ? [Number(m[2]), Number(m[3]), Number(m[4])] : [];
    if (!m || ids.some((c) => c > 0xffff)) {
      throw new Error(
        `embedding cluster file, line ${i + 1}: expected "<word>\\t<c64>\\t<c256>\\t<c1024>", got ${JSON.stringify(line.slice(0, 80))}`,
      );
    }
    if (out.has(m[1]!)) throw new Error(`embedding cluster file, line ${i + 1}: word ${JSON.stringify(m[1])} appears twice`);
    out.set(m[1]!, Uint16Array.from(ids));
  }
  return out;
}
