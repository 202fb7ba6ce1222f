/**
 * Splits a byte stream into lines with bounded memory: a line longer than `maxLineBytes` is not
 * kept; its bytes are skipped up to the next newline and it is reported as too large. This is
 * what lets `rasd analyze --jsonl` survive a 50 MB line without holding it.
 */

export type Line =
  | { readonly lineNo: number; readonly bytes: Uint8Array; readonly tooLarge?: undefined }
  | { readonly lineNo: number; readonly tooLarge: true; readonly size: number };

/** Default limit for one JSON line: 16 MiB (an article's HTML, escaped, fits easily). */
export const DEFAULT_MAX_LINE_BYTES = 16 * 1024 * 1024;

/**
 * Yields each line of `source` (without its `\n` or `\r\n`), numbered from 1, as soon as its
 * newline arrives. A final line without a newline is yielded too.
 */
export async function* splitLines(source: AsyncIterable<Uint8Array | string>, maxLineBytes = DEFAULT_MAX_LINE_BYTES): AsyncGenerator<Line> {
  let parts: Uint8Array[] = [];
  let size = 0;
  let skipping = false;
  let lineNo = 0;
  const finish = (): Line => {
    lineNo++;
    if (skipping) {
      const line: Line = { lineNo, tooLarge: true, size };
      parts = []; size = 0; skipping = false;
      return line;
    }
    let bytes = parts.length === 1 ? parts[0]! : Buffer.concat(parts, size);
    if (bytes.length > 0 && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
    parts = []; size = 0;
    return { lineNo, bytes };
  };
  const add = (chunk: Uint8Array): void => {
    size += chunk.length;
    if (skipping) return;
    if (size > maxLineBytes) { skipping = true; parts = []; return; }
    if (chunk.length > 0) parts.push(chunk);
  };
  for await (const raw of source) {
    const chunk = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : raw;
    let from = 0;
    for (;;) {
      const nl = chunk.indexOf(0x0a, from);
      if (nl < 0) break;
      add(chunk.subarray(from, nl));
      yield finish();
      from = nl + 1;
    }
    if (from < chunk.length) add(chunk.subarray(from));
  }
  if (size > 0 || skipping) yield finish();
}
