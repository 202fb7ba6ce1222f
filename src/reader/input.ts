/**
 * The input contract of output v1 (`../shared/docs/output-format.md`): one object with exactly
 * one of `text` or `html`, and optional `id`, `title`, `published`, `url`. This module checks
 * raw inputs (bytes, JSON lines, objects) and turns every violation into a coded RasdError.
 */
import { createHash } from 'node:crypto';
import { RasdError } from '../errors.ts';

/** One article handed to rasd. Metadata given here wins over what rasd detects. */
export interface AnalyzeInput {
  id?: string | null;
  text?: string;
  html?: string;
  title?: string | null;
  /** ISO 8601 date (`2022-09-12`) or date-time (`2022-09-12T10:30:00+03:00`). */
  published?: string | null;
  url?: string | null;
}

const ISO_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/u;
const KNOWN_FIELDS = new Set(['id', 'text', 'html', 'title', 'published', 'url']);

/** True when `s` is an ISO 8601 calendar date or date-time with a real day (no 2022-02-30). */
export function isIsoDate(s: string): boolean {
  const m = ISO_DATE_RE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (d > days) return false;
  if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 59)) return false;
  return true;
}

/** A short stable id for content without one: the first 16 hex digits of its SHA-256. */
export function contentId(content: string): string {
  return createHash('sha256').update(content).digest('hex').slice(0, 16);
}

/**
 * Checks that a string is text a person wrote, not binary data: no NUL, no U+FFFD from a
 * failed decoding, and few C0/C1 control characters. Throws E_NOT_TEXT.
 */
export function assertText(s: string, item?: string): void {
  let controls = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0) throw new RasdError('E_NOT_TEXT', 'the input contains NUL bytes: it looks like binary data, not text', { item });
    if (c === 0xfffd) throw new RasdError('E_NOT_TEXT', 'the input contains undecodable bytes (U+FFFD): it is not valid UTF-8 text', { item });
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || (c >= 0x7f && c < 0xa0)) controls++;
  }
  if (controls > 8 && controls > s.length / 100) {
    throw new RasdError('E_NOT_TEXT', `the input has ${controls} control characters: it looks like binary data, not text`, { item });
  }
}

/** Decodes bytes as strict UTF-8 (a leading BOM is removed). Throws E_NOT_TEXT naming the first bad byte. */
export function decodeUtf8(bytes: Uint8Array, item?: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    let at = 0;
    // Find the first offending byte for the message (decode growing prefixes would be slow; scan instead).
    for (let i = 0; i < bytes.length; ) {
      const b = bytes[i]!;
      const n = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
      let ok = n > 0 && i + n <= bytes.length;
      for (let k = 1; ok && k < n; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
      if (!ok) { at = i; break; }
      i += n;
    }
    throw new RasdError('E_NOT_TEXT', `the input is not valid UTF-8 (first bad byte at offset ${at})`, { item });
  }
}

function optionalString(obj: Record<string, unknown>, key: string, item: string | undefined): string | null | undefined {
  const v = obj[key];
  if (v === undefined || v === null) return v as null | undefined;
  if (typeof v !== 'string') throw new RasdError('E_BAD_INPUT', `field "${key}" must be a string or null, not ${typeName(v)}`, { item });
  return v;
}

function typeName(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'an array' : `a ${typeof v}`;
}

/**
 * Validates an input object against the input contract and returns a clean copy.
 * Throws E_BAD_INPUT (wrong shape, both or neither of text/html, bad `published`).
 */
export function validateInput(value: unknown, item?: string): AnalyzeInput {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new RasdError('E_BAD_INPUT', `an input must be a JSON object with "text" or "html", not ${typeName(value)}`, { item });
  }
  const obj = value as Record<string, unknown>;
  const id = typeof obj.id === 'number' ? peekId(obj) : optionalString(obj, 'id', item);
  const label = item ?? (id ? `id ${id}` : undefined);
  const text = optionalString(obj, 'text', label);
  const html = optionalString(obj, 'html', label);
  const hasText = text !== undefined && text !== null;
  const hasHtml = html !== undefined && html !== null;
  if (hasText === hasHtml) {
    const unknown = Object.keys(obj).filter((k) => !KNOWN_FIELDS.has(k));
    const hint = unknown.length > 0 ? ` (fields given: ${Object.keys(obj).join(', ')})` : '';
    throw new RasdError('E_BAD_INPUT', hasText ? 'give either "text" or "html", not both' : `an input needs a "text" or an "html" field${hint}`, { item: label });
  }
  const published = optionalString(obj, 'published', label);
  if (published !== undefined && published !== null && !isIsoDate(published.trim())) {
    throw new RasdError('E_BAD_INPUT', `"published" must be an ISO 8601 date or date-time such as 2022-09-12, not ${JSON.stringify(published.slice(0, 40))}`, { item: label });
  }
  const out: AnalyzeInput = { id: id ?? null, title: optionalString(obj, 'title', label) ?? null, published: published?.trim() || null, url: optionalString(obj, 'url', label) ?? null };
  if (hasText) out.text = text; else out.html = html!;
  return out;
}

/** Parses one JSON line (any JSON value). Throws E_BAD_JSON. */
export function parseJsonLine(line: string, item?: string): unknown {
  try {
    return JSON.parse(line);
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new RasdError('E_BAD_JSON', `the line is not valid JSON: ${why}`, { item });
  }
}

/** The `id` of a parsed input object, if it has a usable one, so that even a rejected item can be named. */
export function peekId(value: unknown): string | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  const id = (value as { id?: unknown }).id;
  return typeof id === 'string' ? id : typeof id === 'number' && Number.isFinite(id) ? String(id) : null;
}

/** Parses one JSON line into a validated input. Throws E_BAD_JSON or E_BAD_INPUT. */
export function parseInputLine(line: string, item?: string): AnalyzeInput {
  return validateInput(parseJsonLine(line, item), item);
}
