/**
 * A cheap, linear pre-scan of raw HTML, run before the page is handed to jsdom.
 *
 * 1. **Nesting depth.** It follows the tag structure with a stack that mimics the parts of the
 *    HTML tree builder that decide depth: void elements and raw-text elements (`script`,
 *    `style`, `textarea`, `title`, `iframe`, …) never nest; `/>` only closes elements inside
 *    `<svg>`/`<math>` (as in browsers: `<div/>` opens a div); unclosed `<p>`, `<li>`, `<dd>`,
 *    `<dt>`, `<option>`, `<td>`, `<tr>` and headings are closed implicitly the way the parser
 *    closes them; end tags only close what is in scope (`</div>` does not leave a table cell);
 *    implied `<tbody>`/`<tr>` are counted. When the stack gets deeper than the limit the scan
 *    stops at once with `E_HTML_TOO_DEEP`, so a 100,000-deep nest costs a few hundred steps.
 *    The count errs on the safe side: misnested formatting tags are kept open (counted) rather
 *    than guessed away, so the real DOM is never much deeper than the count.
 * 2. **Inert copy.** It cuts `<iframe>` and `<frame>` elements (jsdom would build a whole window
 *    for each one, ~25 ms apiece), `<style>` elements, every `<script>` except JSON-LD
 *    (`application/ld+json`, which the metadata reader needs), whole `<select>` elements (jsdom
 *    reruns the select's option bookkeeping on every option inserted or removed: 20,000 options
 *    cost ~40 s) and the runs of `<option>`/`<optgroup>` inside a `<datalist>`. Cuts follow the
 *    tree builder's own rules for where these elements end. Start and end tags with more than
 *    `maxAttributes` attributes keep the first ones only (the tokenizer checks each attribute
 *    against all earlier ones: 50,000 attributes on one tag cost ~17 s). Nothing else changes.
 * 3. **Size.** It counts the elements the parser will build ({@link HtmlScan.elements}) and
 *    the most children of one element ({@link HtmlScan.widest}), so that the reader can refuse
 *    a page too large for the DOM side before jsdom runs.
 *
 * Cost: one left-to-right pass with `indexOf`/sticky expressions; the stack work is amortised
 * O(1) per tag (per-name position stacks and per-entry scope indexes, no stack searches).
 */
import { RasdError } from '../errors.ts';

/** What {@link scanHtml} found. */
export interface HtmlScan {
  /** The HTML with iframes, frames, styles, non-JSON-LD scripts, selects and datalist options cut out, long attribute lists shortened. */
  html: string;
  /** The deepest element nesting seen (counting `html` and `body`). */
  depth: number;
  /**
   * Elements the parser will build from {@link html} (`html`, `head` and `body` included, cut
   * elements not): start tags, implied `tbody`/`tr`. Close to jsdom's count on ordinary pages;
   * misnested formatting tags the parser clones can make the real count higher.
   */
  elements: number;
  /** The most element children of one element (elements of `head` and `body` count together), and that element's tag name. */
  widest: { children: number; name: string };
  /**
   * What was cut: elements by tag name (`datalist` counts the datalists whose options were cut),
   * and `attributes`, the attributes dropped from tags with more than `maxAttributes`.
   */
  cut: { iframe: number; frame: number; style: number; script: number; select: number; datalist: number; attributes: number };
  /** Text-block statistics, when a {@link ScanTextConfig} was given. */
  text: { raw: TextView; clean: TextView } | null;
}

/**
 * Where the running text of a page is, in the same terms as the DOM-side score of the HTML
 * reader (`scoreBlocks` in `html-body.ts`): each block element's own non-link text (at least
 * `minBlockText` characters, under half of it in links) counts for the block, its parent and
 * (half) its grandparent.
 */
export interface TextView {
  /** Score of the best element, in characters of running text. */
  bestScore: number;
  /** All running text of the page (blocks that pass the thresholds). */
  totalText: number;
  /** Headings holding a link (or inside one) under the best element: teaser titles. */
  linkedHeadings: number;
  /** Running text inside the best element. */
  bestText: number;
  /** Blocks of running text inside the best element (paragraphs). */
  bestBlocks: number;
  /**
   * The nearest ancestor of the best element (up to {@link NEIGHBOURHOOD_LEVELS} levels up)
   * holding {@link NEIGHBOURHOOD_HEADINGS} or more linked headings: its linked headings and
   * running text. Null when there is none.
   */
  around: { headings: number; text: number } | null;
}

/** How far up from the best element a list of teasers is looked for. */
export const NEIGHBOURHOOD_LEVELS = 6;
/** Linked headings that make an ancestor a list of teasers. */
export const NEIGHBOURHOOD_HEADINGS = 4;

/**
 * What the scan needs to measure text: which elements are blocks, which never hold article
 * text (`excluded`: both views skip them) and which are page debris (the `clean` view skips
 * them; the `raw` view keeps them, because a debris-looking wrapper may hold the article).
 */
export interface ScanTextConfig {
  blockTags: ReadonlySet<string>;
  excludedTags: ReadonlySet<string>;
  debrisTags: ReadonlySet<string>;
  /** Debris tags only outside `<article>`/`<main>` (such as `header`). */
  debrisTagsOutsideArticle: ReadonlySet<string>;
  debrisRoles: ReadonlySet<string>;
  /** Class/id patterns, tested on each class token and on the id. */
  debrisNames: readonly { re: RegExp; outsideArticle: boolean }[];
  minBlockText: number;
}

const VOID = new Set([
  'area', 'base', 'basefont', 'bgsound', 'br', 'col', 'embed', 'frame', 'hr', 'image', 'img', 'input', 'keygen', 'link',
  'meta', 'param', 'source', 'track', 'wbr',
]);
/** Elements whose content is text up to their end tag (outside svg/math). */
const RAW_TEXT = new Set(['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'textarea', 'title']);
/** Elements the tree builder treats as "special" (they stop end tags of other elements). */
const SPECIAL = new Set([
  'address', 'applet', 'area', 'article', 'aside', 'base', 'basefont', 'bgsound', 'blockquote', 'body', 'br', 'button',
  'caption', 'center', 'col', 'colgroup', 'dd', 'details', 'dir', 'div', 'dl', 'dt', 'embed', 'fieldset', 'figcaption',
  'figure', 'footer', 'form', 'frame', 'frameset', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'header', 'hgroup', 'hr',
  'html', 'iframe', 'img', 'input', 'keygen', 'li', 'link', 'listing', 'main', 'marquee', 'menu', 'meta', 'nav',
  'noembed', 'noframes', 'noscript', 'object', 'ol', 'p', 'param', 'plaintext', 'pre', 'script', 'search', 'section',
  'select', 'source', 'style', 'summary', 'table', 'tbody', 'td', 'template', 'textarea', 'tfoot', 'th', 'thead',
  'title', 'tr', 'track', 'ul', 'wbr', 'xmp',
]);
const FORMATTING = new Set(['a', 'b', 'big', 'code', 'em', 'font', 'i', 'nobr', 's', 'small', 'strike', 'strong', 'tt', 'u']);
const DEFAULT_SCOPE = new Set(['applet', 'caption', 'html', 'table', 'td', 'th', 'marquee', 'object', 'template']);
const TABLE_SCOPE = new Set(['html', 'table', 'template']);
const TABLE_END = new Set(['table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'caption', 'colgroup']);
const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];
const HEADING_SET = new Set(HEADINGS);
/** Start tags that close an open `<p>` (in button scope). */
const P_CLOSERS = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'details', 'dialog', 'dir', 'div', 'dl', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'header', 'hgroup', 'main', 'menu', 'nav', 'ol', 'p', 'search', 'section',
  'summary', 'ul', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'listing', 'li', 'dd', 'dt', 'xmp', 'plaintext',
]);
/** HTML start tags that break out of svg/math content. */
const BREAKOUT = new Set([
  'b', 'big', 'blockquote', 'body', 'br', 'center', 'code', 'dd', 'div', 'dl', 'dt', 'em', 'embed', 'h1', 'h2', 'h3',
  'h4', 'h5', 'h6', 'head', 'hr', 'i', 'img', 'li', 'listing', 'menu', 'meta', 'nobr', 'ol', 'p', 'pre', 'ruby', 's',
  'small', 'span', 'strong', 'strike', 'sub', 'sup', 'table', 'tt', 'u', 'ul', 'var',
]);
/** Elements inside svg/math whose content is HTML again. */
const INTEGRATION = new Set(['foreignobject', 'desc', 'title', 'annotation-xml', 'mi', 'mo', 'mn', 'ms', 'mtext']);

/** One open element and, for O(1) scope checks, the nearest interesting elements at or below it. */
interface Open {
  readonly name: string;
  /** Nearest special element. */
  readonly special: number;
  /** Nearest special element other than address, div and p (stops implied `li`/`dd`/`dt` closes). */
  readonly sna: number;
  /** Nearest default-scope boundary. */
  readonly def: number;
  /** Nearest button-scope boundary. */
  readonly btn: number;
  /** Nearest list-item-scope boundary. */
  readonly list: number;
  /** Nearest table-scope boundary. */
  readonly table: number;
  /** Nearest open svg/math root when inside foreign content, else -1. */
  readonly foreign: number;
  // Text statistics (element ids index the arrays of the scan; 0 is the body).
  readonly id: number;
  /** Id of the nearest block element at or below (0: the body). */
  readonly block: number;
  /** Id of the nearest open heading, or -1. */
  readonly heading: number;
  readonly excluded: boolean;
  readonly debris: boolean;
  readonly article: boolean;
  /** Taken out of the scope lookups (a misnested formatting element the parser would move); still counted for depth. */
  dead: boolean;
  /** Element children seen so far. */
  kids: number;
}

const NAME_END_RE = /[\t\n\f\r />]/g;
/** HTML whitespace: tab, LF, FF, CR, space. */
function isWs(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0c || c === 0x0d;
}
const rawEndRes = new Map<string, RegExp>();
const COMMENT_END_RE = /--!?>/g;
/** Tokens that matter inside a `<select>` (see `selectEnd`). */
const SELECT_TOKEN_RE = /<!--|<(\/?)(select|input|keygen|textarea|script|caption|table|tbody|tfoot|thead|tr|td|th)(?=[\t\n\f\r />])/gi;
/** Any tag or comment (inside a `<datalist>`). */
const DATALIST_TOKEN_RE = /<!--|<(\/?)([a-zA-Z][^\t\n\f\r />]*)/g;
const TABLE_TAGS = new Set(['caption', 'table', 'tbody', 'tfoot', 'thead', 'tr', 'td', 'th']);

/** Default of {@link ScanOptions.maxAttributes}. */
export const DEFAULT_MAX_ATTRIBUTES = 64;

/** Options of {@link scanHtml}. */
export interface ScanOptions {
  /** Attributes kept per tag; the rest are cut from the copy (default {@link DEFAULT_MAX_ATTRIBUTES}). */
  maxAttributes?: number;
}

/**
 * Pre-scans `html`: checks the nesting depth and returns an inert copy (see the module comment).
 *
 * @param maxDepth deepest element nesting accepted, counting `html` and `body`.
 * @throws RasdError `E_HTML_TOO_DEEP` as soon as the nesting passes `maxDepth`.
 */
export function scanHtml(html: string, maxDepth: number, item?: string, textConfig?: ScanTextConfig, options: ScanOptions = {}): HtmlScan {
  const maxAttributes = Math.max(0, options.maxAttributes ?? DEFAULT_MAX_ATTRIBUTES);
  const stack: Open[] = [];
  const tc = textConfig;
  // Per element id (0 = the body): parent id, own text (raw / clean, all / in links), linked-heading flags and counts.
  const parentOf: number[] = [-1];
  const rawText: number[] = [0];
  const rawLink: number[] = [0];
  const cleanText: number[] = [0];
  const cleanLink: number[] = [0];
  const linkedHeading: boolean[] = [false];
  const rawHeadings: number[] = [0];
  const cleanHeadings: number[] = [0];
  let attrClass = '';
  let attrId = '';
  let attrRole = '';
  const positions = new Map<string, number[]>();
  /** Ranges [from, to) cut from the copy; an element cut may contain an attribute cut of its own tag. */
  const cuts: [number, number][] = [];
  const cut = { iframe: 0, frame: 0, style: 0, script: 0, select: 0, datalist: 0, attributes: 0 };
  let elements = 3; // html, head, body
  let bodyKids = 0; // element children of head and body
  const widest = { children: 0, name: 'body' };
  /** Counts one new element, a child of the current element. */
  const addElement = (): void => {
    elements++;
    const t = top();
    const k = t ? ++t.kids : ++bodyKids;
    if (k > widest.children) {
      widest.children = k;
      widest.name = t ? t.name : 'body';
    }
  };
  let deepest = 2;
  const n = html.length;

  const top = (): Open | undefined => stack[stack.length - 1];
  const nearest = (name: string): number => {
    const p = positions.get(name);
    return p && p.length > 0 ? p[p.length - 1]! : -1;
  };
  const popTo = (index: number): void => {
    while (stack.length > index) {
      const e = stack.pop()!;
      if (!e.dead) positions.get(e.name)!.pop();
      if (tc) {
        const p = parentOf[e.id]!;
        const own = linkedHeading[e.id] && !e.excluded ? 1 : 0;
        rawHeadings[p]! += rawHeadings[e.id]! + own;
        cleanHeadings[p]! += cleanHeadings[e.id]! + (own && !e.debris ? 1 : 0);
      }
    }
  };
  const isDebris = (name: string, inArticle: boolean, cls: string, idAttr: string, role: string): boolean => {
    if (!tc) return false;
    if (tc.debrisTags.has(name) || (!inArticle && tc.debrisTagsOutsideArticle.has(name))) return true;
    if (role && tc.debrisRoles.has(role)) return true;
    if (!cls && !idAttr) return false;
    const toks = cls ? cls.split(/[\t\n\f\r ]+/) : [];
    if (idAttr) toks.push(idAttr);
    for (const rule of tc.debrisNames) {
      if (rule.outsideArticle && inArticle) continue;
      for (const tok of toks) if (tok && rule.re.test(tok)) return true;
    }
    return false;
  };
  const push = (name: string, withAttrs = true): void => {
    const cls = withAttrs ? attrClass : '';
    const idAttr = withAttrs ? attrId : '';
    const role = withAttrs ? attrRole.toLowerCase() : '';
    const i = stack.length;
    const t = top();
    addElement();
    const boundary = DEFAULT_SCOPE.has(name);
    let foreign = t ? t.foreign : -1;
    if (name === 'svg' || name === 'math') foreign = i;
    else if (foreign >= 0 && INTEGRATION.has(name)) foreign = -1;
    const id = parentOf.length;
    const parent = t ? t.id : 0;
    const inArticle = (t?.article ?? false) || name === 'article' || name === 'main' || role === 'main';
    const excluded = (t?.excluded ?? false) || (tc !== undefined && tc.excludedTags.has(name));
    const debris = (t?.debris ?? false) || (!excluded && isDebris(name, t?.article ?? false, cls, idAttr, role));
    const heading = HEADING_SET.has(name) ? id : (t?.heading ?? -1);
    if (tc) {
      parentOf.push(parent);
      rawText.push(0);
      rawLink.push(0);
      cleanText.push(0);
      cleanLink.push(0);
      rawHeadings.push(0);
      cleanHeadings.push(0);
      linkedHeading.push(heading === id && nearest('a') >= 0);
      if (name === 'a' && t && t.heading >= 0) linkedHeading[t.heading] = true;
    }
    stack.push({
      dead: false,
      kids: 0,
      id,
      block: tc?.blockTags.has(name) ? id : (t?.block ?? 0),
      heading,
      excluded,
      debris,
      article: inArticle,
      name,
      special: SPECIAL.has(name) ? i : (t?.special ?? -1),
      sna: SPECIAL.has(name) && name !== 'address' && name !== 'div' && name !== 'p' ? i : (t?.sna ?? -1),
      def: boundary ? i : (t?.def ?? -1),
      btn: boundary || name === 'button' ? i : (t?.btn ?? -1),
      list: boundary || name === 'ol' || name === 'ul' ? i : (t?.list ?? -1),
      table: TABLE_SCOPE.has(name) ? i : (t?.table ?? -1),
      foreign,
    });
    let p = positions.get(name);
    if (!p) positions.set(name, (p = []));
    p.push(i);
    const depth = stack.length + 2;
    if (depth > deepest) deepest = depth;
    if (depth > maxDepth) {
      throw new RasdError('E_HTML_TOO_DEEP', `the HTML nests elements more than ${maxDepth} deep`, item === undefined ? {} : { item });
    }
  };
  /** Closes the nearest open `name` when it is in the scope whose boundary index is `scopeOf(top)`. */
  const closeInScope = (name: string, scope: 'def' | 'btn' | 'list' | 'table'): boolean => {
    const t = top();
    const at = nearest(name);
    if (!t || at < 0 || at < t[scope]) return false;
    popTo(at);
    return true;
  };
  /**
   * Closes a non-special element (span, b, a …) when no special element is open above it.
   * Otherwise the parser's adoption agency takes it out of the open elements and moves the
   * blocks above it: here it stays counted for depth but no longer encloses what follows.
   */
  const closePhrasing = (name: string): void => {
    const t = top();
    const at = nearest(name);
    if (!t || at < 0) return;
    if (t.special < at) popTo(at);
    else if (FORMATTING.has(name)) markDead(at);
  };
  const markDead = (at: number): void => {
    const e = stack[at]!;
    e.dead = true;
    positions.get(e.name)!.pop();
  };
  const cutRange = (from: number, to: number): void => {
    if (to > from) cuts.push([from, to]);
  };

  /** The end of the tag whose name ends at `from` (after its `>`, quoted values honoured), or `n`. */
  const skipTag = (from: number): number => {
    let j = from;
    while (j < n) {
      const ch = html[j];
      if (ch === '>') return j + 1;
      j++;
      if (ch === '=') {
        while (j < n && isWs(html.charCodeAt(j))) j++;
        const q = html[j];
        if (q === '"' || q === "'") {
          const close = html.indexOf(q, j + 1);
          if (close < 0) return n;
          j = close + 1;
        }
      }
    }
    return n;
  };
  /** The end of a comment starting at `lt` (`<!--`), or `n`. */
  const commentEnd = (lt: number): number => {
    if (html.startsWith('<!-->', lt)) return lt + 5;
    if (html.startsWith('<!--->', lt)) return lt + 6;
    COMMENT_END_RE.lastIndex = lt + 4;
    const m = COMMENT_END_RE.exec(html);
    return m ? m.index + m[0].length : n;
  };
  /**
   * Where a `<select>` whose start tag ends at `from` ends, as the tree builder's "in select"
   * mode decides: after `</select>` or a nested `<select>` (which acts as `</select>`); before
   * `<input>`, `<keygen>`, `<textarea>` and, inside a table, before any table tag, which close
   * the select and are then parsed normally. Comments and scripts are skipped whole; other
   * tags are ignored by the parser, text goes into the select. Without an end, the select
   * runs to the end of the page.
   */
  const selectEnd = (from: number, inTable: boolean): number => {
    SELECT_TOKEN_RE.lastIndex = from;
    for (let m = SELECT_TOKEN_RE.exec(html); m; m = SELECT_TOKEN_RE.exec(html)) {
      if (m[0] === '<!--') {
        SELECT_TOKEN_RE.lastIndex = commentEnd(m.index);
        continue;
      }
      const end = m[1] === '/';
      const tag = m[2]!.toLowerCase();
      const after = m.index + m[0].length;
      if (tag === 'select') return skipTag(after); // `</select>`, or `<select>` acting as one
      if (TABLE_TAGS.has(tag)) {
        if (inTable) return m.index;
        continue;
      }
      if (end) continue;
      if (tag === 'script') {
        const stop = rawTextEnd('script', skipTag(after));
        if (!stop) return n;
        SELECT_TOKEN_RE.lastIndex = stop[1];
        continue;
      }
      return m.index; // input, keygen, textarea
    }
    return n;
  };
  /**
   * The end of the run of `<option>`/`<optgroup>` tags, text and comments that starts at `from`
   * inside a `<datalist>`: the next other tag (`</datalist>` included), which the scan then
   * reads as usual. Cutting only this run leaves the tree around it as it was.
   */
  const optionRunEnd = (from: number): number => {
    DATALIST_TOKEN_RE.lastIndex = from;
    for (let m = DATALIST_TOKEN_RE.exec(html); m; m = DATALIST_TOKEN_RE.exec(html)) {
      if (m[0] === '<!--') {
        const e = commentEnd(m.index);
        if (e >= n) return m.index; // an unclosed comment: leave it to the parser
        DATALIST_TOKEN_RE.lastIndex = e;
        continue;
      }
      const tag = m[2]!.toLowerCase();
      if (tag !== 'option' && tag !== 'optgroup') return m.index;
      DATALIST_TOKEN_RE.lastIndex = skipTag(m.index + m[0].length);
    }
    return n;
  };

  /** Where raw text of `name` starting at `from` ends: [start of end tag, end of end tag], or null at EOF. */
  const rawTextEnd = (name: string, from: number): [number, number] | null => {
    let re = rawEndRes.get(name);
    if (!re) rawEndRes.set(name, (re = new RegExp(`</${name}(?=[\\t\\n\\f\\r />])`, 'gi')));
    if (name !== 'script') {
      re.lastIndex = from;
      const m = re.exec(html);
      if (!m) return null;
      const gt = html.indexOf('>', m.index);
      return [m.index, gt < 0 ? n : gt + 1];
    }
    // Script data with its escape states: `<!--` … `<script>` … `</script>` … `-->`.
    const tokenRe = /<!--|-->|<\/script(?=[\t\n\f\r />])|<script(?=[\t\n\f\r />])/gi;
    tokenRe.lastIndex = from;
    let state: 'data' | 'escaped' | 'double' = 'data';
    for (let m = tokenRe.exec(html); m; m = tokenRe.exec(html)) {
      const tok = m[0].toLowerCase();
      if (tok === '<!--') {
        if (state === 'data') state = 'escaped';
      } else if (tok === '-->') {
        state = 'data';
      } else if (tok === '<script') {
        if (state === 'escaped') state = 'double';
      } else if (state === 'double') {
        state = 'escaped';
      } else {
        const gt = html.indexOf('>', m.index);
        return [m.index, gt < 0 ? n : gt + 1];
      }
    }
    return null;
  };

  const endTag = (name: string): void => {
    const t = top();
    if (!t) return;
    if (t.foreign >= 0) {
      const at = nearest(name);
      if (at >= t.foreign) {
        popTo(at);
        return;
      }
    }
    if (name === 'p') closeInScope('p', 'btn');
    else if (name === 'li') closeInScope('li', 'list');
    else if (HEADING_SET.has(name)) {
      let at = -1;
      for (const h of HEADINGS) at = Math.max(at, nearest(h));
      if (at >= 0 && at >= t.def) popTo(at);
    } else if (TABLE_END.has(name)) closeInScope(name, 'table');
    else if (FORMATTING.has(name) || !SPECIAL.has(name)) closePhrasing(name);
    else closeInScope(name, 'def');
  };

  /** Counts the text between two tags (whitespace runs count as one) for the current block. */
  const countText = (from: number, to: number): void => {
    if (!tc || to <= from) return;
    let len = 0;
    let space = false;
    for (let k = from; k < to; k++) {
      if (isWs(html.charCodeAt(k))) {
        if (len > 0) space = true;
      } else {
        if (space) {
          len++;
          space = false;
        }
        len++;
      }
    }
    if (len === 0) return;
    const t = top();
    if (t?.excluded) return;
    const b = t ? t.block : 0;
    const inLink = nearest('a') >= 0;
    rawText[b]! += len;
    if (inLink) rawLink[b]! += len;
    if (!t?.debris) {
      cleanText[b]! += len;
      if (inLink) cleanLink[b]! += len;
    }
  };

  let i = 0;
  scan: while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0 || lt + 1 >= n) {
      countText(i, n);
      break;
    }
    countText(i, lt); // `i` is where the previous tag, comment or raw text ended
    const c = html.charCodeAt(lt + 1);

    // Comments, doctype, CDATA and processing instructions.
    if (c === 0x21 /* ! */) {
      if (html.startsWith('<!--', lt)) {
        if (html.startsWith('<!-->', lt)) {
          i = lt + 5;
          continue;
        }
        if (html.startsWith('<!--->', lt)) {
          i = lt + 6;
          continue;
        }
        COMMENT_END_RE.lastIndex = lt + 4;
        const m = COMMENT_END_RE.exec(html);
        if (!m) break;
        i = m.index + m[0].length;
        continue;
      }
      const gt = html.indexOf('>', lt + 2);
      if (gt < 0) break;
      i = gt + 1;
      continue;
    }
    if (c === 0x3f /* ? */) {
      const gt = html.indexOf('>', lt + 2);
      if (gt < 0) break;
      i = gt + 1;
      continue;
    }

    const isEnd = c === 0x2f; /* / */
    const nameStart = isEnd ? lt + 2 : lt + 1;
    const first = html.charCodeAt(nameStart);
    const isLetter = (first >= 0x41 && first <= 0x5a) || (first >= 0x61 && first <= 0x7a);
    if (!isLetter) {
      if (isEnd) {
        // `</>` is ignored, `</ …>` is a bogus comment.
        const gt = html.indexOf('>', nameStart);
        if (gt < 0) break;
        i = gt + 1;
      } else {
        i = lt + 1; // a literal '<'
      }
      continue;
    }

    NAME_END_RE.lastIndex = nameStart;
    const nm = NAME_END_RE.exec(html);
    const nameEnd = nm ? nm.index : n;
    const name = html.slice(nameStart, nameEnd).toLowerCase();

    // Attributes, honouring quotes; note `type` (scripts) and a final `/`.
    let j = nameEnd;
    let selfClosing = false;
    let typeAttr: string | null = null;
    attrClass = '';
    attrId = '';
    attrRole = '';
    let attrCount = 0;
    let excessFrom = -1; // where the first attribute past `maxAttributes` starts
    let attrsEnd = -1; // where the `>` or `/>` of the tag starts
    for (;;) {
      while (j < n && isWs(html.charCodeAt(j))) j++;
      if (j >= n) break scan; // the tag never ends: the rest is swallowed
      const ch = html[j]!;
      if (ch === '>') {
        attrsEnd = j;
        j++;
        break;
      }
      if (ch === '/') {
        if (html[j + 1] === '>') {
          selfClosing = true;
          attrsEnd = j;
          j += 2;
          break;
        }
        j++;
        continue;
      }
      const an = j;
      if (++attrCount === maxAttributes + 1) excessFrom = an;
      j++; // an attribute name may start with '='
      while (j < n && !isWs(html.charCodeAt(j)) && html[j] !== '/' && html[j] !== '>' && html[j] !== '=') j++;
      const attrName = html.slice(an, j);
      while (j < n && isWs(html.charCodeAt(j))) j++;
      if (html[j] !== '=') continue;
      j++;
      while (j < n && isWs(html.charCodeAt(j))) j++;
      let value: string;
      const q = html[j];
      if (q === '"' || q === "'") {
        const close = html.indexOf(q, j + 1);
        if (close < 0) break scan;
        value = html.slice(j + 1, close);
        j = close + 1;
      } else {
        const vs = j;
        while (j < n && !isWs(html.charCodeAt(j)) && html[j] !== '>') j++;
        value = html.slice(vs, j);
      }
      if (!isEnd && excessFrom < 0) {
        const an2 = attrName.toLowerCase();
        if (an2 === 'class') attrClass = value;
        else if (an2 === 'id') attrId = value;
        else if (an2 === 'role') attrRole = value;
        else if (an2 === 'type' && name === 'script') typeAttr = value;
      }
    }
    const tagEnd = j;
    i = tagEnd;
    if (excessFrom >= 0) {
      cut.attributes += attrCount - maxAttributes;
      cutRange(excessFrom, attrsEnd);
    }

    if (isEnd) {
      endTag(name);
      continue;
    }

    // ---- start tags ----
    const t = top();
    const inForeign = t !== undefined && t.foreign >= 0;
    if (inForeign) {
      if (BREAKOUT.has(name) || (name === 'font' && /\s(?:color|face|size)\s*=/i.test(html.slice(nameEnd, tagEnd)))) {
        popTo(t.foreign);
      } else {
        if (!selfClosing) push(name);
        else addElement();
        continue;
      }
    }
    if (name === 'html' || name === 'head' || name === 'body' || name === 'frameset') continue;
    if (name === 'frame') {
      cut.frame++;
      cutRange(lt, tagEnd);
      continue;
    }
    if (name === 'image' || VOID.has(name)) {
      if (name === 'hr') closeInScope('p', 'btn');
      addElement();
      continue;
    }
    if (name === 'form' && nearest('form') >= 0) continue; // nested forms are dropped by the parser
    if (name === 'plaintext') break; // everything after is text

    if (RAW_TEXT.has(name)) {
      if (name === 'xmp') closeInScope('p', 'btn');
      const end = rawTextEnd(name, tagEnd);
      const stop = end ? end[1] : n;
      if (name === 'iframe') {
        cut.iframe++;
        cutRange(lt, stop);
      } else if (name === 'style') {
        cut.style++;
        cutRange(lt, stop);
      } else if (name === 'script' && !(typeAttr !== null && /ld\+json/i.test(typeAttr))) {
        cut.script++;
        cutRange(lt, stop);
      } else {
        addElement();
      }
      if (!end) break;
      i = stop;
      continue;
    }

    if (name === 'select') {
      const tt = top();
      const stop = selectEnd(tagEnd, tt !== undefined && tt.table >= 0 && stack[tt.table]!.name === 'table');
      cut.select++;
      cutRange(lt, stop);
      i = stop;
      continue;
    }

    // Implied end tags before the new element.
    if (P_CLOSERS.has(name)) closeInScope('p', 'btn');
    if (name === 'li' || name === 'dd' || name === 'dt') {
      const tt = top();
      if (tt && tt.sna >= 0) {
        const e = stack[tt.sna]!;
        if (name === 'li' ? e.name === 'li' : e.name === 'dd' || e.name === 'dt') popTo(tt.sna);
      }
    } else if (HEADING_SET.has(name)) {
      const tt = top();
      if (tt && HEADING_SET.has(tt.name)) popTo(stack.length - 1);
    } else if (name === 'a' || name === 'nobr') {
      const tt = top();
      const at = nearest(name);
      if (tt && at >= 0 && at >= tt.def) {
        if (tt.special < at) popTo(at);
        else markDead(at);
      }
    } else if (name === 'button') {
      closeInScope('button', 'def');
    } else if (name === 'option') {
      if (top()?.name === 'option') popTo(stack.length - 1);
    } else if (name === 'optgroup') {
      if (top()?.name === 'option') popTo(stack.length - 1);
      if (top()?.name === 'optgroup') popTo(stack.length - 1);
    } else if (name === 'table') {
      const tn = top()?.name;
      if (tn === 'table' || tn === 'tbody' || tn === 'thead' || tn === 'tfoot' || tn === 'tr') closeInScope('table', 'table');
    } else if (name === 'tr' || name === 'tbody' || name === 'thead' || name === 'tfoot') {
      for (const cell of ['td', 'th']) closeInScope(cell, 'table');
      closeInScope('tr', 'table');
      if (name !== 'tr') for (const g of ['tbody', 'thead', 'tfoot']) closeInScope(g, 'table');
      if (name === 'tr') {
        const tn = top()?.name;
        if (tn === 'table') push('tbody', false);
      }
    } else if (name === 'td' || name === 'th') {
      for (const cell of ['td', 'th']) closeInScope(cell, 'table');
      const tn = top()?.name;
      if (tn === 'table') push('tbody', false);
      const tn2 = top()?.name;
      if (tn2 === 'tbody' || tn2 === 'thead' || tn2 === 'tfoot') push('tr', false);
    }
    push(name);
    if (name === 'datalist') {
      const stop = optionRunEnd(tagEnd);
      if (stop > tagEnd) {
        cut.datalist++;
        cutRange(tagEnd, stop);
        i = stop;
      }
    }
  }
  let text: HtmlScan['text'] = null;
  if (tc) {
    popTo(0); // close everything: linked-heading counts reach the body
    text = {
      raw: textView(parentOf, rawText, rawLink, rawHeadings, tc.minBlockText),
      clean: textView(parentOf, cleanText, cleanLink, cleanHeadings, tc.minBlockText),
    };
  }
  return { html: applyCuts(html, cuts), depth: deepest, elements, widest, cut, text };
}

/** `html` without the ranges of `cuts` (which may overlap or nest). */
function applyCuts(html: string, cuts: [number, number][]): string {
  if (cuts.length === 0) return html;
  cuts.sort((a, b) => a[0] - b[0]);
  const pieces: string[] = [];
  let kept = 0; // start of the text not yet copied
  for (const [from, to] of cuts) {
    if (from > kept) pieces.push(html.slice(kept, from));
    if (to > kept) kept = to;
  }
  if (kept < html.length) pieces.push(html.slice(kept));
  return pieces.join('');
}

/** The best-scoring element of one view (see {@link TextView}); ids are in document order, parents first. */
function textView(parentOf: readonly number[], text: readonly number[], link: readonly number[], headings: readonly number[], minBlockText: number): TextView {
  const score = new Float64Array(parentOf.length);
  const sub = new Float64Array(parentOf.length); // running text in each subtree
  const subBlocks = new Int32Array(parentOf.length); // blocks of running text in each subtree
  let total = 0;
  for (let id = 0; id < parentOf.length; id++) {
    const t = text[id]!;
    if (t === 0) continue;
    const l = link[id]!;
    const plain = t - l;
    if (plain < minBlockText || l * 2 > t) continue;
    total += plain;
    sub[id]! += plain;
    subBlocks[id]! += 1;
    score[id]! += plain;
    const p = parentOf[id]!;
    if (p >= 0) {
      score[p]! += plain;
      const g = parentOf[p]!;
      if (g >= 0) score[g]! += plain / 2;
    }
  }
  for (let id = parentOf.length - 1; id > 0; id--) {
    const p = parentOf[id]!;
    if (p >= 0) {
      sub[p]! += sub[id]!;
      subBlocks[p]! += subBlocks[id]!;
    }
  }
  let best = -1;
  let bestScore = 0;
  for (let id = 0; id < score.length; id++) {
    if (score[id]! > bestScore) {
      bestScore = score[id]!;
      best = id;
    }
  }
  let around: TextView['around'] = null;
  if (best >= 0) {
    let a = parentOf[best]!;
    for (let level = 1; level <= NEIGHBOURHOOD_LEVELS && a >= 0; level++, a = parentOf[a]!) {
      if (headings[a]! >= NEIGHBOURHOOD_HEADINGS) {
        around = { headings: headings[a]!, text: Math.round(sub[a]!) };
        break;
      }
    }
  }
  return {
    bestScore: Math.round(bestScore),
    totalText: total,
    linkedHeadings: best >= 0 ? headings[best]! : 0,
    bestText: best >= 0 ? Math.round(sub[best]!) : 0,
    bestBlocks: best >= 0 ? subBlocks[best]! : 0,
    around,
  };
}
