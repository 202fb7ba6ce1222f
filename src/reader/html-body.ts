/// <reference lib="dom" />
/**
 * The body side of the HTML reader: page debris removal before Readability, a cheap
 * text-block score (to tell an article from a listing before paying for Readability), caption
 * extraction, and the conversion of Readability's content into paragraphs.
 *
 * Selectors, class/id patterns and paragraph patterns are data (`data/reader/html.json`).
 */
import { loadData } from '../data.ts';
import type { Caption, Dropped } from '../doc/types.ts';
import { splitCaptionCredit } from './captions.ts';
import { debrisMaxChars, foldForMatch, matchDebris, titleKey } from './debris.ts';
import { collapse } from './html-meta.ts';
import { NEIGHBOURHOOD_HEADINGS, NEIGHBOURHOOD_LEVELS, type ScanTextConfig, type TextView } from './html-scan.ts';
import { isDropReason, type DropReason } from './reasons.ts';

/** The HTML reader gives the shared reasons of `reasons.ts` (page regions included). */
type HtmlDropReason = DropReason;

interface BodyData {
  minArticleChars: number;
  listing: { maxBlockChars: number; maxBlockShare: number };
  maxLinkDensity: number;
  maxDropped: number;
  maxDroppedChars: number;
  /** Most elements a page may have (the pre-scan's count, the parsed document, Readability's `maxElemsToParse`). */
  maxElements: number;
  /** Most element children one element may have (jsdom's child index and live collections make long sibling lists quadratic). */
  maxChildren: number;
  /** Attributes kept per tag by the pre-scan. */
  maxAttributes: number;
  silent: string;
  inlineToSpan: string;
  debrisTags: { selector: string; reason: HtmlDropReason; notInside?: string }[];
  debrisNames: { reason: HtmlDropReason; patterns: string[]; notInside?: string }[];
  paragraphRules: { reason: HtmlDropReason; patterns: string[] }[];
  datelineFallback: { maxChars: number; year: string; words: string };
  captionNames: string;
  creditNames: string;
  creditTags: string;
}

interface Compiled {
  d: BodyData;
  names: { reason: HtmlDropReason; re: RegExp; notInside?: string }[];
  paragraphRules: { reason: HtmlDropReason; re: RegExp }[];
  yearRe: RegExp;
  dateWordRe: RegExp;
  captionRe: RegExp;
  creditRe: RegExp;
}

let compiled: Compiled | undefined;
/** The reader's settings from `data/reader/html.json`, compiled once. */
export function bodyData(): Compiled {
  if (!compiled) {
    const d = loadData<BodyData>('reader/html.json');
    for (const r of [...d.debrisTags, ...d.debrisNames, ...d.paragraphRules]) {
      if (!isDropReason(r.reason)) throw new Error(`data/reader/html.json: unknown reason "${r.reason}"`);
    }
    compiled = {
      d,
      names: d.debrisNames.map((r) => ({
        reason: r.reason,
        re: new RegExp(`(?:^|[-_])(?:${r.patterns.join('|')})`, 'i'),
        ...(r.notInside ? { notInside: r.notInside } : {}),
      })),
      paragraphRules: d.paragraphRules.map((r) => ({ reason: r.reason, re: new RegExp(r.patterns.map((p) => `(?:${foldForMatch(p)})`).join('|'), 'iu') })),
      yearRe: new RegExp(d.datelineFallback.year, 'u'),
      dateWordRe: new RegExp(d.datelineFallback.words, 'iu'),
      captionRe: new RegExp(d.captionNames, 'i'),
      creditRe: new RegExp(d.creditNames, 'i'),
    };
  }
  return compiled;
}

/** Collects dropped blocks, at most `maxDropped`, each text at most `maxDroppedChars`. */
export class DropLog {
  readonly entries: Dropped[] = [];
  constructor(
    private readonly max: number,
    private readonly maxChars: number,
  ) {}
  /** Logs an element's text (block boundaries and `<br>` become spaces; read only as far as needed). */
  addElement(el: Element, reason: HtmlDropReason): void {
    if (this.entries.length >= this.max) return;
    this.add(shortText(el, this.maxChars * 2), reason);
  }
  /** Logs a text (whitespace collapsed, cut to `maxChars`); empty texts and entries past `max` are ignored. */
  add(text: string, reason: HtmlDropReason): void {
    if (this.entries.length >= this.max) return;
    const t = collapse(text);
    if (t.length === 0) return;
    this.entries.push({ text: t.length > this.maxChars ? `${t.slice(0, this.maxChars - 1)}…` : t, reason });
  }
}

/** About the first `max` characters of an element's text, with spaces at block boundaries and `<br>`. */
function shortText(el: Element, max: number): string {
  let out = '';
  let size = 0; // collapsed length so far, roughly
  const stack: Node[] = [el];
  while (stack.length > 0 && size < max) {
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      const v = node.nodeValue ?? '';
      out += v;
      size += collapse(v).length + 1;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const name = (node as Element).localName;
    if (SKIP_TAGS.has(name)) continue;
    if (name === 'br' || BLOCK_TAGS.has(name)) out += ' ';
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Debris before Readability
// ---------------------------------------------------------------------------------------------

/**
 * Turns presentational inline tags (`font`, `u`, `s`, `strike`, `big`, `tt`) into `<span>`:
 * Readability does not count them as phrasing content and would drop the `<br><br>` breaks
 * in front of them (old pages: `<font><b>title</b></font><br><br><font>text…`).
 */
export function inlineToSpan(root: Element): void {
  const doc = root.ownerDocument;
  for (const el of Array.from(root.querySelectorAll(bodyData().d.inlineToSpan))) {
    const span = doc.createElement('span');
    while (el.firstChild) span.appendChild(el.firstChild);
    el.replaceWith(span);
  }
}

/** Removes elements that never hold article text (scripts, styles, media, form controls); nothing is logged. */
export function removeSilent(root: Element): void {
  for (const el of Array.from(root.querySelectorAll(bodyData().d.silent))) el.remove();
}

function tokensOf(el: Element): string[] {
  const out: string[] = [];
  const id = el.getAttribute('id');
  if (id) out.push(id);
  const cls = el.getAttribute('class');
  if (cls) for (const c of cls.split(/\s+/u)) if (c) out.push(c);
  return out;
}

/**
 * Removes page regions that are not the article — navigation, headers, footers, sidebars,
 * forms, comments, share and print widgets, related-article lists, ads, cookie notices —
 * found by tag/role and by class or id, and logs the text of each one with its reason.
 * An element that contains `protect` (the best text block) is never removed.
 */
export function removeDebris(root: Element, protect: Element | null, log: DropLog): void {
  const { d, names } = bodyData();
  for (const el of Array.from(root.querySelectorAll('*'))) {
    if (!el.isConnected || el.localName === 'body' || el.localName === 'html') continue;
    if (protect && el.contains(protect)) continue;
    let reason: HtmlDropReason | null = null;
    for (const rule of d.debrisTags) {
      if (el.matches(rule.selector) && !(rule.notInside && el.parentElement?.closest(rule.notInside))) {
        reason = rule.reason;
        break;
      }
    }
    if (reason === null) {
      const toks = tokensOf(el);
      if (toks.length > 0) {
        for (const rule of names) {
          if (toks.some((t) => rule.re.test(t)) && !(rule.notInside && el.parentElement?.closest(rule.notInside))) {
            reason = rule.reason;
            break;
          }
        }
      }
    }
    if (reason === null) continue;
    log.addElement(el, reason);
    el.remove();
  }
}

// ---------------------------------------------------------------------------------------------
// Text blocks
// ---------------------------------------------------------------------------------------------

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main',
  'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

/** Fewest characters of non-link text a block needs to count as running text. */
const MIN_BLOCK_TEXT = 25;

/** What {@link scoreBlocks} found (a {@link TextView} plus the best element). */
export interface BlockScore extends TextView {
  /** The element with the most running text in itself, its children and (half) grandchildren. */
  best: Element | null;
}

/**
 * The no-article rule, applied to a text view of the page (see `docs/html-reader.md`).
 * Returns why the page is not an article, or null when it may be one:
 *
 * 1. no block of running text reaches `minChars` characters;
 * 2. the best block is small (under `listing.maxBlockChars`) and holds under
 *    `listing.maxBlockShare` of the page's running text — text scattered over many teasers;
 * 3. the best block holds six or more linked headings (teaser titles) with under 300
 *    characters of running text per heading — a flat list of teasers with excerpts;
 * 4. the best block is a single paragraph, and a close ancestor (up to six levels up) holds
 *    four or more linked headings and at least twice its running text — the best block is
 *    one teaser's excerpt among its siblings.
 */
export function noArticleReason(v: TextView, minChars: number): string | null {
  const { d } = bodyData();
  if (v.bestScore < minChars) {
    return `no article found: the largest block of running text has ${v.bestScore} characters outside links (an article needs ${minChars})`;
  }
  if (v.bestScore < d.listing.maxBlockChars && v.bestScore < d.listing.maxBlockShare * v.totalText) {
    return `the page looks like a listing, not an article: its largest text block holds ${v.bestScore} of ${v.totalText} characters of running text`;
  }
  if (v.linkedHeadings >= 6 && v.bestScore < 300 * v.linkedHeadings) {
    return `the page looks like a listing, not an article: its main block is ${v.linkedHeadings} linked headlines with short texts`;
  }
  if (v.around && v.bestBlocks <= 1 && v.bestText * 2 <= v.around.text) {
    return `the page looks like a listing, not an article: its largest text block is one of ${v.around.headings} teasers with linked headlines`;
  }
  return null;
}

/** Splits a selector list of the data file into plain tag names and `[role=…]` values (other forms are skipped). */
function simpleSelectors(list: string): { tags: string[]; roles: string[] } {
  const tags: string[] = [];
  const roles: string[] = [];
  for (const part of list.split(',')) {
    const sel = part.trim().toLowerCase();
    if (/^[a-z][a-z0-9-]*$/.test(sel)) tags.push(sel);
    else {
      const m = /^\[role="?([\w-]+)"?\]$/.exec(sel);
      if (m) roles.push(m[1]!);
    }
  }
  return { tags, roles };
}

let scanConfig: ScanTextConfig | undefined;
/** The pre-scan's view of the same data: block tags, silent tags and debris tags, roles and class/id patterns. */
export function scanTextConfig(): ScanTextConfig {
  if (!scanConfig) {
    const { d, names } = bodyData();
    const debrisTags = new Set<string>();
    const outside = new Set<string>();
    const roles = new Set<string>();
    for (const rule of d.debrisTags) {
      const { tags, roles: r } = simpleSelectors(rule.selector);
      for (const t of tags) (rule.notInside ? outside : debrisTags).add(t);
      if (!rule.notInside) for (const x of r) roles.add(x);
    }
    scanConfig = {
      blockTags: BLOCK_TAGS,
      excludedTags: new Set(simpleSelectors(d.silent).tags),
      debrisTags,
      debrisTagsOutsideArticle: outside,
      debrisRoles: roles,
      debrisNames: names.map((n) => ({ re: n.re, outsideArticle: n.notInside !== undefined })),
      minBlockText: MIN_BLOCK_TEXT,
    };
  }
  return scanConfig;
}

/**
 * Removes boxes of teasers outside the article: the smallest elements holding three or more
 * linked headings with under 300 characters of running text per heading ("most read",
 * "more on this"), logged as `related article`. A box that contains `protect` is kept.
 */
export function removeTeaserBoxes(root: Element, protect: Element | null, log: DropLog): void {
  const counts = new Map<Element, number>();
  for (const h of Array.from(root.querySelectorAll('h1, h2, h3, h4, h5, h6'))) {
    if (!h.querySelector('a') && !h.closest('a')) continue;
    for (let a = h.parentElement; a && a !== root.parentElement; a = a.parentElement) counts.set(a, (counts.get(a) ?? 0) + 1);
  }
  const boxes: Element[] = [];
  for (const [el, n] of counts) {
    if (n < 3) continue;
    if (Array.from(el.children).some((c) => (counts.get(c) ?? 0) >= 3)) continue; // not the smallest
    if (protect && el.contains(protect)) continue;
    boxes.push(el);
  }
  if (boxes.length === 0) return;
  const text = new Map<Element, number>();
  for (const box of boxes) text.set(box, 0);
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    let inLink = false;
    for (let a = node.parentElement; a; a = a.parentElement) {
      if (a.localName === 'a') inLink = true;
      if (!inLink && text.has(a)) text.set(a, text.get(a)! + collapse(node.nodeValue ?? '').length);
    }
  }
  for (const box of boxes) {
    if (!box.isConnected) continue;
    if (text.get(box)! < 300 * counts.get(box)!) {
      log.addElement(box, 'related article');
      box.remove();
    }
  }
}

/** Headings that hold a link or sit inside one (teaser titles) under `el`. */
function linkedHeadings(el: Element): number {
  let n = 0;
  for (const h of Array.from(el.querySelectorAll('h1, h2, h3, h4, h5, h6'))) if (h.querySelector('a') || h.closest('a')) n++;
  return n;
}

/**
 * A cheap, Readability-like score in one pass over the text nodes: each block element's own
 * non-link text (25 characters or more, under half of it in links) counts for the block itself
 * and its parent, and half for its grandparent. On an article the container of the body
 * paragraphs wins with most of the page's text; on a listing the best block is one teaser.
 */
export function scoreBlocks(root: Element): BlockScore {
  const doc = root.ownerDocument;
  const own = new Map<Element, { text: number; link: number }>();
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const v = node.nodeValue;
    if (!v) continue;
    const len = collapse(v).length;
    if (len === 0) continue;
    let el = node.parentElement;
    let inLink = false;
    while (el && !BLOCK_TAGS.has(el.localName)) {
      if (el.localName === 'a') inLink = true;
      el = el.parentElement;
    }
    if (!el) continue;
    let o = own.get(el);
    if (!o) own.set(el, (o = { text: 0, link: 0 }));
    o.text += len;
    if (inLink) o.link += len;
  }
  const score = new Map<Element, number>();
  const add = (el: Element | null, s: number): void => {
    if (el) score.set(el, (score.get(el) ?? 0) + s);
  };
  let total = 0;
  for (const [el, o] of own) {
    const plain = o.text - o.link;
    if (plain < MIN_BLOCK_TEXT || o.link * 2 > o.text) continue;
    total += plain;
    add(el, plain);
    const parent = el.parentElement;
    add(parent, plain);
    add(parent?.parentElement ?? null, plain / 2);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, s] of score) {
    if (s > bestScore) {
      best = el;
      bestScore = s;
    }
  }
  if (!best) return { best, bestScore: 0, totalText: total, linkedHeadings: 0, bestText: 0, bestBlocks: 0, around: null };
  // Running text inside the best element and inside its ancestors.
  const chain: Element[] = [];
  for (let a = best.parentElement, level = 1; a && level <= NEIGHBOURHOOD_LEVELS; a = a.parentElement, level++) chain.push(a);
  let bestText = 0;
  let bestBlocks = 0;
  const chainText = new Array<number>(chain.length).fill(0);
  for (const [el, o] of own) {
    const plain = o.text - o.link;
    if (plain < MIN_BLOCK_TEXT || o.link * 2 > o.text) continue;
    if (best.contains(el)) {
      bestText += plain;
      bestBlocks++;
    }
    for (let k = 0; k < chain.length; k++) if (chain[k]!.contains(el)) chainText[k]! += plain;
  }
  let around: TextView['around'] = null;
  for (let k = 0; k < chain.length; k++) {
    const h = linkedHeadings(chain[k]!);
    if (h >= NEIGHBOURHOOD_HEADINGS) {
      around = { headings: h, text: Math.round(chainText[k]!) };
      break;
    }
  }
  return { best, bestScore: Math.round(bestScore), totalText: total, linkedHeadings: linkedHeadings(best), bestText: Math.round(bestText), bestBlocks, around };
}

// ---------------------------------------------------------------------------------------------
// Captions
// ---------------------------------------------------------------------------------------------

function isCaptionElement(el: Element): boolean {
  if (el.localName === 'figcaption') return true;
  const { captionRe } = bodyData();
  return tokensOf(el).some((t) => captionRe.test(t)) && el.localName !== 'figure' && el.localName !== 'img';
}

function isCreditElement(el: Element): boolean {
  const { d, creditRe } = bodyData();
  return el.matches(d.creditTags) || tokensOf(el).some((t) => creditRe.test(t));
}

const OPEN_EDGE_RE = /[\s(（[©]/u;
const CLOSE_EDGE_RE = /[\s)）\]]/u;

/**
 * A credit without the brackets and blanks around it (`(رويترز)` → `رويترز`). A loop, not
 * `s.replace(/^[…]+|[…]+$/g, '')`: a regex's `[…]+$` tries every start in a long run of `)` and is
 * quadratic on it (a 40 KB run took 1.6 s).
 */
function trimParenEdges(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && OPEN_EDGE_RE.test(s[a]!)) a++;
  while (b > a && CLOSE_EDGE_RE.test(s[b - 1]!)) b--;
  return s.slice(a, b);
}

/**
 * The caption of a figcaption or caption element: a credit element inside it
 * (`<span class="credit">`, `<cite>`, `<small>`) gives the credit; otherwise a trailing
 * parenthesised credit (`… (رويترز)`) is split off with `splitCaptionCredit`.
 */
export function captionOf(el: Element): Caption | null {
  const credits: string[] = [];
  const copy = el.cloneNode(true) as Element;
  for (const c of Array.from(copy.querySelectorAll('*'))) {
    if (!copy.contains(c)) continue; // inside a credit removed already
    if (isCreditElement(c)) {
      const t = trimParenEdges(collapse(c.textContent ?? ''));
      if (t) credits.push(t);
      c.remove();
    }
  }
  const text = collapse(copy.textContent ?? '');
  if (credits.length > 0) return text ? { text, credit: credits.join(' / ') } : null;
  if (!text) return null;
  return splitCaptionCredit(text) ?? { text, credit: null };
}

/** Moves every caption under `root` into `out` (no duplicates) and removes the caption elements. */
export function takeCaptions(root: Element, out: Caption[]): void {
  const seen = new Set(out.map((c) => c.text));
  for (const el of Array.from(root.querySelectorAll('*'))) {
    if (!el.isConnected || !isCaptionElement(el)) continue;
    const cap = captionOf(el);
    if (cap && !seen.has(cap.text)) {
      seen.add(cap.text);
      out.push(cap);
    }
    el.remove();
  }
}

// ---------------------------------------------------------------------------------------------
// Content → paragraphs
// ---------------------------------------------------------------------------------------------

/** One block of Readability's content: its text and the share of it inside links. */
export interface TextBlock {
  text: string;
  linkShare: number;
}

const SKIP_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'button', 'select', 'input', 'textarea', 'iframe', 'object', 'embed']);

/**
 * Turns content HTML into text blocks: each block element (`p`, `h2`–`h6`, `li`,
 * `blockquote`, `pre`, `td`, a `div` with text of its own …) and each `<br>`-separated line
 * becomes one block; whitespace is collapsed. Captions (figcaption and caption classes) go to
 * `captions` instead. The walk is iterative (no recursion on deep trees).
 */
export function contentBlocks(content: Element, captions: Caption[]): TextBlock[] {
  const blocks: TextBlock[] = [];
  const seen = new Set(captions.map((c) => c.text));
  let buf = '';
  let linkChars = 0;
  let linkDepth = 0;
  const flush = (): void => {
    if (buf.length > 0) {
      const text = collapse(buf);
      if (text.length > 0) blocks.push({ text, linkShare: buf.length > 0 ? Math.min(1, linkChars / buf.length) : 0 });
    }
    buf = '';
    linkChars = 0;
  };
  // Explicit stack of [node, leaving?].
  const stack: [Node, boolean][] = [[content, false]];
  while (stack.length > 0) {
    const [node, leaving] = stack.pop()!;
    if (node.nodeType === 3 /* text */) {
      const v = node.nodeValue ?? '';
      buf += v;
      if (linkDepth > 0) linkChars += v.length;
      continue;
    }
    if (node.nodeType !== 1 /* element */) continue;
    const el = node as Element;
    const name = el.localName;
    if (leaving) {
      if (name === 'a') linkDepth--;
      if (BLOCK_TAGS.has(name)) flush();
      continue;
    }
    if (SKIP_TAGS.has(name)) continue;
    if (name === 'br') {
      flush();
      continue;
    }
    if (isCaptionElement(el)) {
      flush();
      const cap = captionOf(el);
      if (cap && !seen.has(cap.text)) {
        seen.add(cap.text);
        captions.push(cap);
      }
      continue;
    }
    if (BLOCK_TAGS.has(name)) flush();
    if (name === 'a') linkDepth++;
    stack.push([el, true]);
    const kids = el.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i]!, false]);
  }
  flush();
  return blocks;
}

// ---------------------------------------------------------------------------------------------
// Paragraph clean-up
// ---------------------------------------------------------------------------------------------

const TERMINAL_RE = /[.!?؟…]["'»”’)\]]*$/u;

/** A paragraph of running text: 120 characters or more, or 60 or more ending like a sentence. */
export function isProse(p: string): boolean {
  return p.length >= 120 || (p.length >= 60 && TERMINAL_RE.test(p));
}

/** True when a short line at the top looks like a date line (a year plus a month, weekday or numeric date). */
export function looksLikeDateline(p: string): boolean {
  const { d, yearRe, dateWordRe } = bodyData();
  if (p.length > d.datelineFallback.maxChars) return false;
  const f = foldForMatch(p);
  return yearRe.test(f) && dateWordRe.test(p);
}

/** What {@link cleanBlocks} keeps and what it learned. */
export interface CleanResult {
  paragraphs: string[];
  /** Values returned by `findOnPageDate` for the date lines dropped at the top, in order. */
  dates: string[];
}

const HEAD_MAX = 6;

/**
 * Drops non-body blocks from Readability's output, logging each: copies of the title and
 * date lines before the first prose paragraph, debris lines (`data/reader/debris.json`, the
 * rules shared with the text reader, and the HTML reader's own paragraph rules), and short
 * blocks that are almost all link text (related-article headlines; menu items when one or
 * two words).
 */
export function cleanBlocks(
  blocks: readonly TextBlock[],
  titleForms: readonly string[],
  log: DropLog,
  findOnPageDate: ((line: string) => string | null) | undefined,
): CleanResult {
  const { paragraphRules } = bodyData();
  const titleKeys = new Set(titleForms.map(titleKey).filter((k) => k.length > 0));
  const maxDebris = debrisMaxChars();
  const firstProse = blocks.findIndex((b) => isProse(b.text) && b.linkShare < 0.5);
  let lastProse = -1;
  for (let i = blocks.length - 1; i >= 0; i--) {
    if (isProse(blocks[i]!.text) && blocks[i]!.linkShare < 0.5) {
      lastProse = i;
      break;
    }
  }
  const paragraphs: string[] = [];
  const dates: string[] = [];
  let follow = 0;
  let followReason: HtmlDropReason = 'related article';
  for (let i = 0; i < blocks.length; i++) {
    const { text, linkShare } = blocks[i]!;
    const head = (firstProse < 0 || i < firstProse) && i < HEAD_MAX;
    const zone = head ? 'head' : lastProse >= 0 && i > lastProse ? 'tail' : 'middle';

    if (follow > 0) {
      if (!isProse(text) && text.length <= 160) {
        log.add(text, followReason);
        follow--;
        continue;
      }
      follow = 0;
    }
    if (head && text.length <= 400 && titleKeys.has(titleKey(text))) {
      log.add(text, 'repeated title');
      continue;
    }
    if (head && text.length <= 150) {
      const found = findOnPageDate ? findOnPageDate(text) : null;
      if (found !== null || (!findOnPageDate && looksLikeDateline(text))) {
        if (found !== null) dates.push(found);
        log.add(text, 'dateline');
        continue;
      }
    }
    const folded = foldForMatch(text); // once per block: the debris rules and the paragraph rules both read it
    if (text.length <= maxDebris) {
      const m = matchDebris(folded, zone);
      if (m) {
        log.add(text, m.reason);
        if (m.follow > 0) {
          follow = m.follow;
          followReason = m.reason;
        }
        continue;
      }
    }
    const rule = paragraphRules.find((r) => r.re.test(folded));
    if (rule) {
      log.add(text, rule.reason);
      continue;
    }
    if (linkShare >= 0.9 && text.length <= 160) {
      // A linked headline, or a menu item (one or two words).
      log.add(text, text.split(/\s+/u).length <= 2 ? 'navigation' : 'related article');
      continue;
    }
    paragraphs.push(text);
  }
  return { paragraphs, dates };
}
