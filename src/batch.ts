/**
 * The JSON-lines batch interface (`rasd analyze --jsonl`): one output line per input line, in
 * order, streaming, a failed item as an `error` line while the rest goes on.
 */
import { analyzeValidated, type AnalyzeOptions } from './analyze.ts';
import { toRasdError } from './errors.ts';
import { decodeUtf8, parseJsonLine, peekId, validateInput } from './reader/input.ts';
import { DEFAULT_MAX_LINE_BYTES, splitLines } from './io/lines.ts';
import type { AnalysisV1, ErrorLineV1 } from './output/v1.ts';

export interface BatchResult { ok: number; failed: number }

export interface BatchOptions extends AnalyzeOptions {
  /** Largest accepted line in bytes (default 16 MiB). */
  maxLineBytes?: number;
  /** Name of the stream in error messages (default `stdin`). */
  sourceName?: string;
}

/** Analyses one JSON line (as bytes) and returns the output line object, never throwing. */
export async function analyzeJsonLine(bytes: Uint8Array, lineNo: number, options: AnalyzeOptions & { sourceName?: string } = {}): Promise<AnalysisV1 | ErrorLineV1> {
  const item = `${options.sourceName ?? 'stdin'} line ${lineNo}`;
  let id: string | null = null;
  try {
    const text = decodeUtf8(bytes, item);
    if (text.trim().length === 0) {
      return { id: null, error: { code: 'E_EMPTY_INPUT', message: `${item} is blank: expected a JSON object` }, line: lineNo };
    }
    const value = parseJsonLine(text, item);
    id = peekId(value);
    return await analyzeValidated(validateInput(value, item), { ...options, item });
  } catch (err) {
    const e = toRasdError(err, item);
    return { id, error: { code: e.code, message: `${item}: ${e.message}` }, line: lineNo };
  }
}

/**
 * Reads JSON lines from `source` and writes output lines to `write` as each one is done.
 * `write` may return a promise (to respect back-pressure).
 */
export async function runJsonlBatch(
  source: AsyncIterable<Uint8Array | string>,
  write: (line: string) => void | Promise<void>,
  options: BatchOptions = {},
): Promise<BatchResult> {
  const result: BatchResult = { ok: 0, failed: 0 };
  for await (const line of splitLines(source, options.maxLineBytes)) {
    let out: AnalysisV1 | ErrorLineV1;
    if (line.tooLarge) {
      out = {
        id: null,
        error: { code: 'E_TOO_LARGE', message: `${options.sourceName ?? 'stdin'} line ${line.lineNo} has ${line.size} bytes; the limit is ${options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES}` },
        line: line.lineNo,
      };
    } else {
      out = await analyzeJsonLine(line.bytes, line.lineNo, options);
    }
    if ('error' in out) result.failed++; else result.ok++;
    await write(JSON.stringify(out) + '\n');
  }
  return result;
}
