/**
 * File inputs for the CLI: expanding paths (directories recursively) and reading one file into
 * input objects. `.html`/`.htm` are pages, `.json` one input object, `.jsonl` one per line, and
 * anything else (`.txt`) scraped text. The store's ingest (issue #7) reuses these functions.
 */
import { createReadStream, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { RasdError, toRasdError } from '../errors.ts';
import { decodeUtf8, parseInputLine, validateInput, type AnalyzeInput } from '../reader/input.ts';
import { splitLines } from './lines.ts';

export const INPUT_EXTENSIONS = ['.txt', '.html', '.htm', '.json', '.jsonl'] as const;

/** One item read from a file: an input, or the coded error that stopped it. */
export type FileItem =
  | { readonly item: string; readonly input: AnalyzeInput; readonly error?: undefined }
  | { readonly item: string; readonly error: RasdError; readonly input?: undefined };

/**
 * Expands files and directories into a sorted list of input files. Directories are walked
 * recursively for `extensions` (default INPUT_EXTENSIONS; hidden entries skipped); a named file
 * is taken whatever its extension. A missing path throws E_IO.
 */
export function expandPaths(paths: readonly string[], extensions: readonly string[] = INPUT_EXTENSIONS): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith('.')) continue;
      const p = path.join(dir, name);
      const st = statSync(p);
      if (st.isDirectory()) walk(p);
      else if (extensions.includes(path.extname(name).toLowerCase())) out.push(p);
    }
  };
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      throw new RasdError('E_IO', `no such file or directory: ${p}`, { item: p });
    }
    if (st.isDirectory()) walk(p);
    else out.push(p);
  }
  return out;
}

function kindOf(file: string, head: string): 'html' | 'json' | 'jsonl' | 'text' {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.html' || ext === '.htm') return 'html';
  if (ext === '.json') return 'json';
  if (ext === '.jsonl') return 'jsonl';
  return /^\s*<(!doctype\s+html|html[\s>])/iu.test(head) ? 'html' : 'text';
}

/**
 * Reads JSON lines (a `.jsonl` file or stdin) into items named `<name>:<line>`: each bad line
 * (too long, not UTF-8, not JSON, not an input) yields its own coded error item and the others
 * go on; blank lines separate nothing.
 */
export async function* readJsonLines(name: string, stream: AsyncIterable<Uint8Array | string>, maxBytes: number): AsyncGenerator<FileItem> {
  for await (const line of splitLines(stream, maxBytes)) {
    const item = `${name}:${line.lineNo}`;
    if (line.tooLarge) {
      yield { item, error: new RasdError('E_TOO_LARGE', `line has ${line.size} bytes; the limit is ${maxBytes}`, { item }) };
      continue;
    }
    try {
      const text = decodeUtf8(line.bytes, item);
      if (text.trim().length === 0) continue;
      yield { item, input: parseInputLine(text, item) };
    } catch (err) {
      yield { item, error: toRasdError(err, item) };
    }
  }
}

/**
 * Reads one file into items. A file that cannot be read or decoded yields one error item;
 * in a `.jsonl` file each bad line yields its own error item and the others go on.
 */
export async function* readInputFile(file: string, maxBytes: number): AsyncGenerator<FileItem> {
  let size: number;
  try {
    size = statSync(file).size;
  } catch (err) {
    yield { item: file, error: new RasdError('E_IO', `cannot read ${file}: ${(err as Error).message}`, { item: file }) };
    return;
  }
  const ext = path.extname(file).toLowerCase();
  if (ext === '.jsonl') {
    yield* readJsonLines(file, createReadStream(file), maxBytes);
    return;
  }
  try {
    if (size > maxBytes) throw new RasdError('E_TOO_LARGE', `the file has ${size} bytes; the limit is ${maxBytes}`, { item: file });
    const text = decodeUtf8(readFileSync(file), file);
    const kind = kindOf(file, text.slice(0, 200));
    if (kind === 'json') {
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (err) {
        throw new RasdError('E_BAD_JSON', `not valid JSON: ${(err as Error).message}`, { item: file });
      }
      yield { item: file, input: validateInput(value, file) };
    } else if (kind === 'html') {
      yield { item: file, input: { id: path.basename(file, path.extname(file)), html: text } };
    } else {
      yield { item: file, input: { id: path.basename(file, path.extname(file)), text } };
    }
  } catch (err) {
    yield { item: file, error: toRasdError(err, file) };
  }
}
