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
  /** Added field: the outlet (`Al Jazeera Net (aljazeera.net)`); the store counts distinct sources by it. */
  source?: string | null;
}

/** date, then optional time: hour 4, minute 5, second 6, fraction 7, zone 8. */
const ISO_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/u;
const COMPACT_ZONE_RE = /^[+-]\d{4}$/u;
const KNOWN_FIELDS = new Set(['id', 'text', 'html', 'title', 'published', 'url', 'source']);

/**
 * Returns the canonical ISO 8601 form of a date or date-time (`2022-09-12`,
 * `2022-09-12T10:30`, `2022-09-12T10:30:00+03:00`): a space before the time becomes `T`, a
 * `+0300` offset becomes `+03:00`. Returns null when `s` is not a real date (no 2022-02-30).
 */
export function canonicalIsoDate(s: string): string | null {
  const m = ISO_DATE_RE.exec(s.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return null;
  if (d > new Date(Date.UTC(y, mo, 0)).getUTCDate()) return null;
  const date = `${m[1]}-${m[2]}-${m[3]}`;
  if (m[4] === undefined) return date;
  if (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 59) return null;
  let zone = m[8] ?? '';
  if (COMPACT_ZONE_RE.test(zone)) zone = `${zone.slice(0, 3)}:${zone.slice(3)}`;
  return `${date}T${m[4]}:${m[5]}${m[6] !== undefined ? `:${m[6]}${m[7] ?? ''}` : ''}${zone}`;
}

/** True when `s` is an ISO 8601 calendar date or date-time with a real day (no 2022-02-30). */
export function isIsoDate(s: string): boolean {
  return canonicalIsoDate(s) !== null;
}

/** A short stable id for content without one: the first 16 hex digits of its SHA-256. */
export function contentId(content: string): string {
  return createHash('sha256').update(content).digest('hex').slice(0, 16);
}

/**
 * Checks that a string is text a person wrote, not binary data. Scraped text carries the odd
 * stray control character or NUL (a whole shared corpus ends every article with one `\0`),
 * which the readers turn into spaces; what makes an input binary is their share: more than 8
 * and more than 1% of the characters, or more than a tenth of a short input. NUL, C0/C1
 * controls other than tab, newlines and form feed, and U+FFFD (a decoding failure upstream)
 * count. Throws E_NOT_TEXT.
 */
export function assertText(s: string, item?: string): void {
  let bad = 0;
  let nul = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f) continue;
    if (c === 0) { nul++; bad++; }
    else if (c === 0xfffd || (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || (c >= 0x7f && c < 0xa0)) bad++;
  }
  if ((bad > 8 && bad * 100 > s.length) || bad * 10 > s.length) {
    const what = nul > 0 ? `${nul} NUL bytes and ${bad - nul} other control or undecodable characters` : `${bad} control or undecodable characters`;
    throw new RasdError('E_NOT_TEXT', `the input has ${what} in ${s.length}: it looks like binary data, not text`, { item });
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
  // Empty metadata strings count as absent, as for `title` and `url`.
  const publishedRaw = optionalString(obj, 'published', label)?.trim() || null;
  const published = publishedRaw === null ? null : canonicalIsoDate(publishedRaw);
  if (publishedRaw !== null && published === null) {
    throw new RasdError('E_BAD_INPUT', `"published" must be an ISO 8601 date or date-time such as 2022-09-12, not ${JSON.stringify(publishedRaw.slice(0, 40))}`, { item: label });
  }
  const out: AnalyzeInput = {
    // an empty id counts as absent (the output's id is then the content hash; output v1 ids are never empty)
    id: id || null,
    title: optionalString(obj, 'title', label)?.trim() || null,
    published,
    url: optionalString(obj, 'url', label)?.trim() || null,
  };
  const source = optionalString(obj, 'source', label)?.trim();
  if (source) out.source = source;
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
