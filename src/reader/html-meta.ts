/// <reference lib="dom" />
/**
 * Article metadata from a parsed HTML page: title, publication date and URL. Reads the page
 * without changing it. Sources, best first:
 *
 * - **title**: JSON-LD `headline` of an article object (`NewsArticle`, `Article`,
 *   `ReportageNewsArticle`, … — top-level, in an array or in `@graph`), `og:title`,
 *   `twitter:title`, the article's `<h1>`, then `<title>`; a site name before or after a
 *   separator (` | الجزيرة نت`, ` - CNNArabic.com`) is stripped.
 * - **published**: JSON-LD `datePublished`, date `<meta>` tags (`article:published_time`,
 *   `date`, `pubdate`, `DC.date.issued`, `parsely-pub-date`, …), `itemprop="datePublished"`,
 *   RDFa `property="dc:date"` (and friends) with `content`, then `<time datetime>` inside the
 *   article (or the page's only `<time datetime>`). Normalised by {@link normaliseDate}.
 * - **url**: the canonical link, then `og:url`.
 *
 * Selectors, meta names and site names are data (`data/reader/html.json`).
 */
import { loadData } from '../data.ts';

interface MetaData {
  title: { separators: string[]; siteNames: string[]; siteWords: string[] };
  jsonLdArticleTypes: string[];
  dateMetaKeys: string[];
  rdfaDateProperties: string[];
  dateElementNames: string;
}

let dataCache: { d: MetaData; siteKeys: Set<string>; siteWords: Set<string>; articleTypes: Set<string>; dateNameRe: RegExp } | undefined;
function data(): NonNullable<typeof dataCache> {
  if (!dataCache) {
    const d = loadData<MetaData>('reader/html.json');
    dataCache = {
      d,
      siteKeys: new Set(d.title.siteNames.map(siteKey)),
      siteWords: new Set(d.title.siteWords.map(siteKey)),
      articleTypes: new Set(d.jsonLdArticleTypes.map((t) => t.toLowerCase())),
      dateNameRe: new RegExp(d.dateElementNames, 'i'),
    };
  }
  return dataCache;
}

/** What {@link readPageMeta} found; each field is null when the page does not say. */
export interface PageMeta {
  title: string | null;
  published: string | null;
  url: string | null;
  /** Every title form seen (JSON-LD, og, twitter, h1, `<title>`), for spotting the title repeated in the body. */
  titleForms: string[];
  /** Elements whose class or id says they hold a date (`cnn_strytmstmp`, `post-date`), short text only, in page order. */
  dateElements: Element[];
}

const WS_RE = /\s+/gu;

/** Collapses whitespace runs (NBSP, BOM and line breaks included) to one space and trims. */
export function collapse(s: string): string {
  return s.replace(WS_RE, ' ').trim();
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
const ENTITY_RE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|(amp|lt|gt|quot|apos|nbsp));/g;

/** Decodes numeric character references and the basic named entities (JSON-LD strings sometimes carry them). */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(ENTITY_RE, (m, dec: string | undefined, hex: string | undefined, named: string | undefined) => {
    if (named) return NAMED_ENTITIES[named] ?? m;
    const cp = dec !== undefined ? Number.parseInt(dec, 10) : Number.parseInt(hex!, 16);
    if (!Number.isFinite(cp) || cp <= 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return m;
    return String.fromCodePoint(cp);
  });
}

// ---------------------------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------------------------

const ISO_RE =
  /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:(?:[T\s]+|\s*,\s*)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(?:(Z|UTC|GMT)|([+-])(\d{2}):?(\d{2})?)?)?(?![\d:])/i;
const COMPACT_RE = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?(Z)?)?$/;
const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const DMY_TEXT_RE = /\b(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3,9})\.?,?\s+(\d{4})\b/i;
const MDY_TEXT_RE = /\b([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/i;
const RFC_ZONE_RE = /(?:\b(?:GMT|UTC|Z)\b|[+-]\d{4}\b)/;
const ARABIC_DIGITS_RE = /[٠-٩۰-۹]/g;

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

function validDate(y: number, m: number, d: number): boolean {
  if (y < 1800 || y > 2200 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/**
 * Normalises a machine-readable date to ISO 8601, keeping the page's own local time and offset
 * (converting to UTC could move the date: `2019-02-08T00:00:00+01:00` is 7 February in UTC):
 *
 * - a date alone gives `YYYY-MM-DD` (`2013/08/28`, `20130828` too);
 * - a date with a time gives `YYYY-MM-DDTHH:MM` or `YYYY-MM-DDTHH:MM:SS` (as written, fractions
 *   dropped) followed by the offset when one is given, as `Z` or `±HH:MM`
 *   (`2019-02-08T00:00:00+01:00` stays as it is; `2013-08-28 14:00:00+0400` gives
 *   `2013-08-28T14:00:00+04:00`);
 * - RFC 2822 dates with a zone (`Wed, 28 Aug 2013 10:00:00 GMT`) give UTC date-times, and
 *   English month-name dates without a time (`28 Aug 2013`, `August 28, 2013`) give a date.
 *
 * Arabic-Indic digits are read. Returns null for anything else (the result always starts
 * with a valid `YYYY-MM-DD`).
 */
export function normaliseDate(raw: string): string | null {
  let s = collapse(raw);
  if (s.length === 0 || s.length > 100) return null;
  s = s.replace(ARABIC_DIGITS_RE, (c) => {
    const code = c.charCodeAt(0);
    return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
  });
  const m = ISO_RE.exec(s);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (!validDate(y, mo, d)) return null;
    const date = `${m[1]}-${pad(mo)}-${pad(d)}`;
    if (m[4] === undefined) return date;
    const hh = Number(m[4]);
    const mm = Number(m[5]);
    const ss = m[6] === undefined ? null : Number(m[6]);
    if (hh > 23 || mm > 59 || (ss !== null && ss > 60)) return date;
    let out = `${date}T${pad(hh)}:${pad(mm)}${ss === null ? '' : `:${pad(Math.min(ss, 59))}`}`;
    if (m[7]) out += 'Z';
    else if (m[8]) {
      const oh = Number(m[9]);
      const om = m[10] === undefined ? 0 : Number(m[10]);
      if (oh <= 14 && om <= 59) out += `${m[8]}${pad(oh)}:${pad(om)}`;
    }
    return out;
  }
  const c = COMPACT_RE.exec(s);
  if (c) {
    const [y, mo, d] = [Number(c[1]), Number(c[2]), Number(c[3])];
    if (!validDate(y, mo, d)) return null;
    const date = `${c[1]}-${c[2]}-${c[3]}`;
    if (c[4] === undefined || Number(c[4]) > 23 || Number(c[5]) > 59) return date;
    return `${date}T${c[4]}:${c[5]}${c[6] === undefined ? '' : `:${c[6]}`}${c[7] ? 'Z' : ''}`;
  }
  // English month names: with an explicit zone, as a UTC instant; otherwise the calendar date only.
  const dmy = DMY_TEXT_RE.exec(s);
  const mdy = dmy ? null : MDY_TEXT_RE.exec(s);
  const parts = dmy ? { d: dmy[1]!, mon: dmy[2]!, y: dmy[3]! } : mdy ? { d: mdy[2]!, mon: mdy[1]!, y: mdy[3]! } : null;
  if (!parts) return null;
  const mo = MONTHS[parts.mon.toLowerCase().slice(0, 3)];
  if (mo === undefined || !validDate(Number(parts.y), mo, Number(parts.d))) return null;
  if (/\d{1,2}:\d{2}/.test(s) && RFC_ZONE_RE.test(s)) {
    const t = Date.parse(s);
    if (Number.isFinite(t)) {
      const iso = new Date(t).toISOString();
      return `${iso.slice(0, 19)}Z`;
    }
  }
  return `${parts.y}-${pad(mo)}-${pad(Number(parts.d))}`;
}

// ---------------------------------------------------------------------------------------------
// JSON-LD
// ---------------------------------------------------------------------------------------------

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/**
 * Removes a closing wrapper (`-->`, `]]>` or `// ]]>`) and the blanks before it from the end of a
 * trimmed text. A loop, not `/\s*(?:-->|…)$/`: that regex tries every start in a long run of blanks
 * and is quadratic on it (40,000 spaces inside a JSON-LD string took 1.2 s).
 */
function stripWrapperEnd(t: string): string {
  let s: string;
  if (t.endsWith('-->')) s = t.slice(0, -3);
  else if (t.endsWith(']]>')) {
    s = t.slice(0, -3).trimEnd();
    if (s.endsWith('//')) s = s.slice(0, -2);
  } else return t;
  return s.trimEnd();
}

/** Parses JSON-LD text, tolerating the usual breakage (HTML comment or CDATA wrappers, raw newlines in strings, trailing commas). */
export function parseJsonLd(text: string): Json | undefined {
  const t = stripWrapperEnd(text.trim().replace(/^(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)\s*/u, ''));
  if (t.length === 0) return undefined;
  try {
    return JSON.parse(t) as Json;
  } catch {
    try {
      const repaired = t.replace(/[\u0000-\u001f]+/g, ' ').replace(/,\s*([}\]])/g, '$1');
      return JSON.parse(repaired) as Json;
    } catch {
      return undefined;
    }
  }
}

function isObject(v: Json | undefined): v is { [k: string]: Json } {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function firstString(v: Json | undefined): string | null {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) {
    for (const x of v) if (typeof x === 'string') return x;
  }
  if (isObject(v)) {
    if (typeof v['@value'] === 'string') return v['@value'];
  }
  return null;
}

function typesOf(o: { [k: string]: Json }): string[] {
  const t = o['@type'];
  if (typeof t === 'string') return [t];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string');
  return [];
}

/** Article objects found in JSON-LD values (top level, arrays, `@graph`, `mainEntity`), page order. */
function articleObjects(roots: Json[]): { [k: string]: Json }[] {
  const { articleTypes } = data();
  const out: { [k: string]: Json }[] = [];
  let budget = 5000;
  const visit = (v: Json, depth: number): void => {
    if (budget-- <= 0 || depth > 8) return;
    if (Array.isArray(v)) {
      for (const x of v) visit(x, depth + 1);
      return;
    }
    if (!isObject(v)) return;
    if (typesOf(v).some((t) => articleTypes.has(t.replace(/^(?:https?:\/\/)?schema\.org\//i, '').toLowerCase()))) out.push(v);
    for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage', 'hasPart', 'itemListElement', 'item']) {
      const x = v[key];
      if (x !== undefined && typeof x === 'object') visit(x, depth + 1);
    }
  };
  for (const r of roots) visit(r, 0);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Titles
// ---------------------------------------------------------------------------------------------

function siteKey(s: string): string {
  return s
    .toLowerCase()
    .replace(/^(?:https?:\/\/)?(?:www\.)?/u, '')
    .replace(/[\s.\-_'’]+/gu, '')
    .replace(/[أإآ]/gu, 'ا');
}

const DOMAIN_RE = /^(?:https?:\/\/)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\/?$/i;

function words(s: string): number {
  return s.split(/\s+/u).filter(Boolean).length;
}

/**
 * Strips a site name before or after a separator: `… دمشق - CNNArabic.com`,
 * `… | الجزيرة نت`, `الجزيرة نت | …`. A segment is a site name when it is one of the known
 * names (the data list, the page's `og:site_name` or `application-name`, the host name),
 * looks like a domain, or is two to four words starting with a word such as جريدة, موقع, قناة. For the `<title>` element (`generic`), a short last segment after
 * ` | ` (six words or fewer) is stripped too. Never strips the title down to one word.
 */
export function stripSiteName(title: string, extraSites: readonly string[], generic: boolean): string {
  const { d, siteKeys, siteWords } = data();
  const extra = new Set(extraSites.map(siteKey).filter((k) => k.length > 1));
  const isSite = (seg: string): boolean => {
    const k = siteKey(seg);
    if (k.length === 0) return false;
    if (siteKeys.has(k) || extra.has(k) || DOMAIN_RE.test(seg.trim())) return true;
    const ws = seg.trim().split(/\s+/u);
    return ws.length >= 2 && ws.length <= 4 && siteWords.has(siteKey(ws[0]!).replace(/^ال/u, ''));
  };
  let t = collapse(title);
  for (let round = 0; round < 3; round++) {
    let changed = false;
    for (const sep of d.title.separators) {
      const last = t.lastIndexOf(sep);
      if (last > 0) {
        const head = t.slice(0, last).trim();
        const tail = t.slice(last + sep.length).trim();
        if (words(head) >= 2 && (isSite(tail) || (generic && sep === ' | ' && words(tail) <= 6 && tail.length <= 40))) {
          t = head;
          changed = true;
          break;
        }
      }
      const first = t.indexOf(sep);
      if (first > 0) {
        const head = t.slice(0, first).trim();
        const rest = t.slice(first + sep.length).trim();
        if (words(rest) >= 2 && isSite(head)) {
          t = rest;
          changed = true;
          break;
        }
      }
    }
    if (!changed) break;
  }
  return t;
}

// ---------------------------------------------------------------------------------------------
// The page
// ---------------------------------------------------------------------------------------------

function attr(el: Element, name: string): string | null {
  const v = el.getAttribute(name);
  return v === null ? null : v.trim();
}

function absoluteUrl(href: string, base: string | null): string | null {
  try {
    const u = new URL(href);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    if (base === null) return null;
    try {
      const u = new URL(href, base);
      return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
    } catch {
      return null;
    }
  }
}

function hostLabel(url: string | null): string[] {
  if (!url) return [];
  try {
    const host = new URL(url).hostname.replace(/^www\./, '');
    const label = host.split('.')[0] ?? '';
    return [host, label];
  } catch {
    return [];
  }
}

/** The text of a date-bearing element: its `content`, `datetime` or `value` attribute, else its text. */
function dateValueOf(el: Element): string | null {
  return attr(el, 'content') ?? attr(el, 'datetime') ?? attr(el, 'value') ?? (el.textContent ? collapse(el.textContent) : null);
}

/** The element that holds the article, when the page marks it. */
export function articleRoot(doc: Document): Element | null {
  return doc.querySelector('article, [itemtype*="Article"], main, [role=main]');
}

/**
 * Reads the page's metadata (see the module comment). `given.url` (when known) only helps to
 * resolve a relative canonical link and to recognise the site name in titles.
 */
export function readPageMeta(doc: Document, givenUrl: string | null = null): PageMeta {
  const { d } = data();

  // <meta> tags, keyed by property / name / itemprop (lower case), first value wins.
  const metas = new Map<string, string>();
  for (const m of Array.from(doc.querySelectorAll('meta[content]'))) {
    const content = m.getAttribute('content');
    if (content === null || content.trim() === '') continue;
    for (const k of ['property', 'name', 'itemprop']) {
      const key = m.getAttribute(k);
      if (key === null) continue;
      for (const tok of key.toLowerCase().split(/\s+/u)) if (tok && !metas.has(tok)) metas.set(tok, content.trim());
    }
  }

  // JSON-LD.
  const roots: Json[] = [];
  for (const s of Array.from(doc.querySelectorAll('script[type]'))) {
    if (!/ld\+json/i.test(s.getAttribute('type') ?? '')) continue;
    const v = parseJsonLd(s.textContent ?? '');
    if (v !== undefined) roots.push(v);
  }
  const articles = articleObjects(roots);

  // URL.
  let url: string | null = null;
  const ogUrl = metas.get('og:url') ?? null;
  const ogAbs = ogUrl ? absoluteUrl(ogUrl, givenUrl) : null;
  for (const l of Array.from(doc.querySelectorAll('link[rel][href]'))) {
    if (!/(?:^|\s)canonical(?:\s|$)/i.test(l.getAttribute('rel') ?? '')) continue;
    url = absoluteUrl(l.getAttribute('href')!.trim(), givenUrl ?? ogAbs);
    if (url) break;
  }
  url ??= ogAbs;

  // Title.
  const sites = [metas.get('og:site_name'), metas.get('application-name'), metas.get('twitter:site')?.replace(/^@/, ''), ...hostLabel(givenUrl ?? url)].filter(
    (x): x is string => typeof x === 'string' && x.length > 0,
  );
  const forms: string[] = [];
  const add = (raw: string | null | undefined, generic = false): string | null => {
    if (!raw) return null;
    const t = stripSiteName(decodeEntities(raw), sites, generic);
    if (t.length === 0) return null;
    forms.push(t);
    return t;
  };
  let jsonTitle: string | null = null;
  for (const a of articles) {
    jsonTitle = add(firstString(a['headline']));
    if (jsonTitle) break;
  }
  const ogTitle = add(metas.get('og:title'));
  const twTitle = add(metas.get('twitter:title'));
  const h1Title = add(articleHeading(doc));
  const docTitle = add(doc.title, true);
  const title = jsonTitle ?? ogTitle ?? twTitle ?? h1Title ?? docTitle;

  // Published.
  let published: string | null = null;
  const tryDate = (raw: string | null | undefined): boolean => {
    if (published !== null || !raw) return published !== null;
    published = normaliseDate(raw);
    return published !== null;
  };
  for (const a of articles) if (tryDate(firstString(a['datePublished']))) break;
  if (published === null) for (const k of d.dateMetaKeys) if (tryDate(metas.get(k))) break;
  if (published === null) {
    for (const el of Array.from(doc.querySelectorAll('[itemprop]'))) {
      if (el.localName === 'meta') continue;
      if (!/(?:^|\s)datePublished(?:\s|$)/i.test(el.getAttribute('itemprop') ?? '')) continue;
      if (tryDate(dateValueOf(el))) break;
    }
  }
  if (published === null) {
    const props = new Set(d.rdfaDateProperties);
    for (const el of Array.from(doc.querySelectorAll('[property]'))) {
      if (el.localName === 'meta') continue;
      const toks = (el.getAttribute('property') ?? '').toLowerCase().split(/\s+/u);
      if (!toks.some((t) => props.has(t))) continue;
      if (tryDate(attr(el, 'content') ?? attr(el, 'datetime'))) break;
    }
  }
  if (published === null) {
    const root = articleRoot(doc);
    const inArticle = root ? Array.from(root.querySelectorAll('time[datetime]')) : [];
    const all = Array.from(doc.querySelectorAll('time[datetime]'));
    const pubdate = all.filter((t) => t.hasAttribute('pubdate'));
    for (const t of [...pubdate, ...inArticle, ...(all.length === 1 ? all : [])]) if (tryDate(t.getAttribute('datetime'))) break;
  }

  // Elements that say they hold a date, for an on-page date line.
  const dateElements: Element[] = [];
  const { dateNameRe } = data();
  for (const el of Array.from(doc.body?.querySelectorAll('[class], [id]') ?? [])) {
    if (dateElements.length >= 20) break;
    const names = `${el.getAttribute('id') ?? ''} ${el.getAttribute('class') ?? ''}`;
    if (!dateNameRe.test(names) || el.childElementCount > 4) continue;
    const text = collapse(el.textContent ?? '');
    if (text.length >= 6 && text.length <= 120) dateElements.push(el);
  }

  return { title, published, url, titleForms: forms, dateElements };
}

/** The article's `<h1>`: inside `<article>`/`<main>` first, else the first `<h1>` of ten characters or more outside header, nav and footer. */
function articleHeading(doc: Document): string | null {
  const inArticle = doc.querySelector('article h1, [itemtype*="Article"] h1, main h1, [role=main] h1, h1[itemprop~=headline], [itemprop~=headline]');
  if (inArticle) {
    const t = collapse(inArticle.textContent ?? '');
    if (t.length > 0) return t;
  }
  for (const h of Array.from(doc.querySelectorAll('h1'))) {
    if (h.closest('header, nav, footer, [role=banner], [role=navigation]')) continue;
    const t = collapse(h.textContent ?? '');
    if (t.length >= 10) return t;
  }
  return null;
}
