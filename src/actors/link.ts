/**
 * Actor linking (issue #5): every entity mention, and every nameless actor phrase (`وفد عسكري مغربي`,
 * `الجيش الإسرائيلي`, `جيش الاحتلال`), is resolved to an actor — a country (ISO 3166-1 alpha-3) and a
 * PLOVER sector, or an international organisation — with the rule and steps that decided it.
 *
 * The order of evidence, strongest first (docs/actors.md has the full list and examples):
 * 1. the knowledge base names the whole mention (a country, place, organisation, alias or person);
 * 2. a person's title chain in the text: the titles, portfolios, nisbas and organisations right
 *    before the name (`وزير الأمن الإسرائيلي بني غانتس`, `رئيس أركان جيش الاحتلال أفيف كوخافي`) or
 *    in an apposition after it (`…، وزير الخارجية`) give the sector, role and country;
 * 3. an organisation's own words: its head noun gives the sector (`وزارة` GOV, `الشرطة` COP, `الجيش`
 *    MIL), a nisba or a place inside it the country (`الشرطة البريطانية`, `جيش ميانمار`), and an
 *    organisation named inside it both (`ميليشيات الحوثي`);
 * 4. in-document coreference of person names: `بلخير الفاروق` … `الفاروق` … `بلخير` are one actor;
 * 5. context: a place the knowledge base does not know takes a nisba right after it (`الحديدة
 *    اليمنية`) or the one country its sentence names, and institutions and persons without a country
 *    take the article's main country (the one it names most).
 * Nothing is invented: a mention with no evidence stays unlinked.
 */
import type { Context, Doc, Entity, Sentence, Token } from '../doc/types.ts';
import { SECTORS, type Actor, type ActorMention, type Sector } from './types.ts';
import { type Kb, type KbEntry, type KbRole, type LexItem, type Trie, withoutAl, nameKeys, trieGet, FIRST_LEXICON, FIRST_NAME, FIRST_NISBA, FIRST_NISBA_PHRASE, FIRST_POLITY, FIRST_WORD, filterHash } from './kb.ts';
import { wordKey } from '../ner/keys.ts';
import { procliticCuts } from '../ner/gazetteer.ts';
import { loadData } from '../data.ts';
import { RasdError } from '../errors.ts';
import { normalizeLetters } from '../lang/ar/normalize.ts';
import { wordCount } from '../tokenize/clitics.ts';

/** One token as the linker sees it. */
interface Tk {
  readonly start: number;
  readonly end: number;
  readonly key: string;
  /** The key and its proclitic-stripped variants, each with the number of letters cut and the form without ال. */
  readonly vars: readonly Variant[];
  readonly punct: boolean;
  readonly comma: boolean;
  readonly sent: number;
  /** The entity the token belongs to, or -1. */
  ent: number;
  /** Claimed by a mention or a person's title chain. */
  used: boolean;
  /** Inside a knowledge-base name (any position of a multi-word one). */
  covered: boolean;
  /** The country of a nisba starting here (`الإسرائيلي`, `الكوري الشمالي`), or null. */
  nisba: string | null;
  /** The second word of a two-word nisba (`الشمالي` after `الكوري`). */
  tail: boolean;
  /** The union of its variants' `fk`: 0 for a word that starts nothing (most words). */
  readonly any: number;
}

interface Variant {
  readonly key: string;
  readonly cut: number;
  /** What `key` can start in the knowledge base (`Kb.first` bits; the tables hold the forms with ال too). */
  readonly fk: number;
}

interface Match<T> {
  readonly a: number;
  readonly b: number;
  readonly vals: readonly T[];
  readonly cut: number;
}

/** What was found for one mention before coreference. */
interface Draft {
  country: string | null;
  sector: Sector | null;
  code: string | null;
  name: string;
  role: string | null;
  kb: KbEntry | null;
  rule: string;
  steps: string[];
  /** 3 knowledge base or in-text title with country · 2 in-text evidence · 1 context · 0 nothing */
  strength: number;
  /** The mention is a person (joins name coreference). */
  person?: boolean;
  /** A person's tokens with the title chains around the name, [a, b). */
  titles?: { a: number; b: number };
}

/**
 * The key and its variants without proclitics, each with the letters cut — the gazetteer's rule
 * (`procliticCuts`: و ف ب ل ك and their pairs, لل → ال), the word itself first; the tables decide
 * which variant is a name.
 */
export function keyVariants(key: string): { key: string; cut: number }[] {
  const c0 = key.charCodeAt(0);
  // only words starting with و ف ب ل ك have variants
  if (c0 !== 0x0648 && c0 !== 0x0641 && c0 !== 0x0628 && c0 !== 0x0644 && c0 !== 0x0643) return [{ key, cut: 0 }];
  return [{ key, cut: 0 }, ...procliticCuts(key)];
}

/** The longest match of a trie starting at token i (any variant of its first word). */
function longestAt<T>(trie: Trie<T>, toks: readonly Tk[], i: number, limit: number, bit: number): Match<T> | null {
  let best: Match<T> | null = null;
  if (!(toks[i]!.any & bit)) return null;
  for (const v of toks[i]!.vars) {
    if (!(v.fk & bit)) continue;
    let node = trie.get(v.key);
    let j = i + 1;
    while (node) {
      if (node.vals.length && (!best || j > best.b)) best = { a: i, b: j, vals: node.vals, cut: v.cut };
      if (j >= limit || !node.next || toks[j]!.punct) break;
      node = node.next.get(toks[j]!.key);
      j++;
    }
  }
  return best;
}

/** `longestAt` for one trie over one document, memoised per start token (the scans ask again and again). */
class MatchMemo<T> {
  private readonly memo: (Match<T> | null | undefined)[];
  constructor(
    private readonly trie: Trie<T>,
    private readonly toks: readonly Tk[],
    /** the `Kb.first` bit of the trie's first words */
    private readonly bit: number,
  ) {
    this.memo = new Array(toks.length);
  }
  /** The longest match starting at token i and ending at or before `limit`. */
  at(i: number, limit = this.toks.length): Match<T> | null {
    let m = this.memo[i];
    if (m === undefined) this.memo[i] = m = longestAt(this.trie, this.toks, i, this.toks.length, this.bit);
    if (m && m.b > limit) return longestAt(this.trie, this.toks, i, limit, this.bit);
    return m;
  }
}

/** The sector-lexicon words (adjectives, group nouns) of a token, by any variant, with and without ال. */
function wordsOf(kb: Kb, t: Tk): readonly LexItem[] {
  if (!(t.any & FIRST_WORD)) return [];
  for (const v of t.vars) {
    const w = v.fk & FIRST_WORD ? kb.words.get(v.key) : undefined;
    if (w) return w;
  }
  return [];
}

/** Marks every token's nisba: two-word ones first (`الكوري الشمالي`), then one-word ones. */
function markNisbas(kb: Kb, toks: Tk[]): void {
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.punct || t.tail || !(t.any & (FIRST_NISBA | FIRST_NISBA_PHRASE))) continue;
    const vars = t.vars;
    if (i + 1 < toks.length && kb.nisbaPhrases.size) {
      for (let k = 0; k < vars.length; k++) {
        const v = vars[k]!;
        const node = v.fk & FIRST_NISBA_PHRASE ? kb.nisbaPhrases.get(v.key) : undefined;
        if (!node?.next) continue;
        const n2 = toks[i + 1]!.vars[0]!;
        const next = node.next.get(n2.key);
        if (next?.vals.length === 1) {
          t.nisba = next.vals[0]!;
          toks[i + 1]!.tail = true;
          break;
        }
      }
      if (t.nisba) continue;
    }
    for (let k = 0; k < vars.length; k++) {
      const v = vars[k]!;
      const c = v.fk & FIRST_NISBA ? kb.nisbas.get(v.key) : undefined;
      if (c) {
        t.nisba = c;
        break;
      }
    }
  }
}

/**
 * The number words after which a noun stands in the singular accusative, 11 to 99 (خمسة «عشر» جنديا،
 * «عشرين» جنديا): the last word of the teens and the tens of data/time/numbers.json, as match keys.
 */
const ACCUSATIVE_NUMBERS: ReadonlySet<string> = (() => {
  const n = loadData<{ teens: Record<string, string[]>; tens: Record<string, string[]> }>('time/numbers.json');
  return new Set([...Object.values(n.teens).flat().map((x) => x.split(/\s+/).pop()!), ...Object.values(n.tens).flat()].map(wordKey));
})();

/**
 * `15 جنديا تركيا`, `اعتقلت الشرطة مواطنا سوريا`: is `key`, spelt like a country's name, that
 * country's nisba in the accusative (تركي + ا) — after an indefinite accusative noun `prev` (in ا, no
 * ال) that follows a number (`prevPrev`: digits, or 11–99 in words) or is a title or group noun? The
 * country, or null. Match keys; shared by the linker and the event coder's country-noun rule.
 */
export function accusativeNisba(kb: Kb, key: string, prev: string, prevPrev: string | null): string | null {
  if (key.length < 4 || !key.endsWith('ا') || prev.length < 4 || !prev.endsWith('ا') || /^[وفبل]?ال/.test(prev)) return null;
  const c = kb.nisbas.get(key.slice(0, -1));
  if (!c || !kbLookup(kb.names, [key]).some((e) => e.kind === 'country' && e.country === c)) return null;
  // (the tens of a compound number carry و: ثمانية «وثلاثين» سائحا)
  const counted = prevPrev !== null && (/^[0-9٠-٩]+$/.test(prevPrev) || ACCUSATIVE_NUMBERS.has(prevPrev) || ACCUSATIVE_NUMBERS.has(prevPrev.replace(/^و/, '')));
  const noun = [prev, prev.slice(0, -1)].some((k) => kb.words.has(k) || kb.lexicon.has(k));
  return counted || noun ? c : null;
}

/** The tokens that are such an accusative nisba ({@link accusativeNisba}): token index → country. */
function accusativeNisbas(kb: Kb, toks: readonly Tk[]): Map<number, string> {
  const out = new Map<number, string>();
  for (let i = 1; i < toks.length; i++) {
    if (toks[i]!.punct || toks[i - 1]!.punct) continue;
    const c = accusativeNisba(kb, toks[i]!.key, toks[i - 1]!.key, i >= 2 && !toks[i - 2]!.punct ? toks[i - 2]!.key : null);
    if (c) out.set(i, c);
  }
  return out;
}

/**
 * Sectors whose bare institution nouns mean the article's own state (`الحكومة`, `الجيش`, `الشرطة`,
 * `البرلمان`, `المحكمة`, `المخابرات`, `المعارضة`); a school, company, newspaper or party without its
 * own country names no actor.
 */
const STATE_SECTORS: ReadonlySet<string> = new Set(['GOV', 'MIL', 'COP', 'LEG', 'JUD', 'SPY', 'OPP']);

/** Modifiers that may follow an institution or group noun without changing who it is. */
const FILLERS = new Set(
  'رفيع رفيعه رفيعو رفيعي المستوي كبير كبار هام هامه عليا العليا العام العامه الاعلي الوطني الوطنيه الملكي الملكيه المسلح المسلحه الرسمي الرسميه الحالي الحاليه السابق السابقه الجديد الجديده الاتحادي الاتحاديه المركزي المركزيه المشترك المشتركه المختص المختصه المعني المعنيه'
    .split(' '),
);
/** Words that may join the parts of a person's title chain. */
const CHAIN_LINKS = new Set('في لدي باسم عن لشوون بشوون شوون المكلف المكلفه المنتدب المنتدبه بادارة اداره العام العامه الاول الاولي السابق السابقه الاسبق الحالي الحاليه الجديد'.split(' '));

interface Env {
  readonly text: string;
  /** The linked places the tagger marked, by their first token (filled before the nameless phrases are read). */
  readonly placeAt: Map<number, Draft>;
  readonly kb: Kb;
  readonly toks: Tk[];
  readonly entities: readonly Entity[];
  /** entity index → token range */
  readonly entToks: readonly { a: number; b: number }[];
  /** country → weight over the article */
  readonly docCounts: ReadonlyMap<string, number>;
  readonly docCountry: string | null;
  /** sentence index → countries named in it */
  readonly sentCountries: readonly Set<string>[];
  readonly year: number | null;
  /** leftmost-longest knowledge-base matches over the whole text (start token → match) */
  readonly kbAt: ReadonlyMap<number, Match<KbEntry>>;
  /** memoised longest matches of the sector lexicon and of the knowledge-base names */
  readonly lex: MatchMemo<LexItem>;
  readonly names: MatchMemo<KbEntry>;
}

const DIGIT_OR_UPPER = /[0-9A-Z]/;

function buildTokens(kb: Kb, tokens: readonly Token[], sentences: readonly Sentence[]): Tk[] {
  const { first, firstFilter } = kb;
  const flags = (k: string): number => (firstFilter[filterHash(k)] ? first.get(k) ?? 0 : 0);
  const out: Tk[] = [];
  let s = 0;
  for (const t of tokens) {
    while (s < sentences.length - 1 && t.start >= sentences[s]!.end) s++;
    // the token's match form is `normalizeForMatch` already; wordKey adds only the digit and case fold
    // a one-word hashtag (#السيسي، #روسيا) is looked up as its word
    const tag = t.kind === 'hashtag' && !t.text.includes('_') && t.norm.length > 2;
    const word = t.kind === 'word' || tag;
    const norm = tag ? t.norm.replace(/^#/, '') : t.norm;
    const key = word ? (DIGIT_OR_UPPER.test(norm) ? wordKey(tag ? t.text.slice(1) : t.text) : norm) : t.text;
    const punct = t.kind === 'punct' || t.kind === 'symbol';
    let vars: Variant[];
    let any = 0;
    if (!word) {
      any = flags(key);
      vars = [{ key, cut: 0, fk: any }];
    } else {
      const kv = keyVariants(key);
      vars = new Array(kv.length);
      for (let k = 0; k < kv.length; k++) {
        const fk = flags(kv[k]!.key);
        vars[k] = { key: kv[k]!.key, cut: kv[k]!.cut, fk };
        any |= fk;
      }
    }
    out.push({
      start: t.start,
      end: t.end,
      key,
      vars,
      punct,
      comma: punct && (t.text === '،' || t.text === ','),
      sent: s,
      ent: -1,
      used: false,
      covered: false,
      nisba: null,
      tail: false,
      any,
    });
  }
  return out;
}

/** The first token at or after a character offset (binary search). */
function tokenAt(toks: readonly Tk[], offset: number): number {
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The character offset after cutting `cut` letters off the front of a token (diacritics skipped). */
export function cutStart(text: string, t: { start: number; end: number }, cut: number): number {
  let p = t.start;
  for (let n = 0; n < cut && p < t.end; ) {
    const c = text.charCodeAt(p);
    p++;
    if (!(c >= 0x064b && c <= 0x065f) && c !== 0x0640 && c !== 0x0670) n++;
  }
  while (p < t.end) {
    const c = text.charCodeAt(p);
    if ((c >= 0x064b && c <= 0x065f) || c === 0x0640 || c === 0x0670) p++;
    else break;
  }
  return p;
}

export function actorId(country: string | null, sector: Sector | null, code: string | null): string {
  if (!country) {
    if (sector === 'IGO') return code ? `IGO.${code}` : 'IGO';
    return ['INT', sector, code].filter(Boolean).join('.');
  }
  return [country, sector, code].filter(Boolean).join('.');
}

/** The role a person held in a year (the knowledge base's dated roles). */
/**
 * The role a person held in a year: one that covers it (the one of the person's sector, else the first
 * listed, when several do), else the last one begun before it; none when every role begins later.
 * Without a year, the first listed.
 */
function roleIn(e: KbEntry, year: number | null): KbRole | null {
  if (!e.roles.length) return null;
  if (year === null) return e.roles[0]!;
  const begun = e.roles.filter((r) => (r.from ?? -Infinity) <= year).sort((x, y) => (y.from ?? -Infinity) - (x.from ?? -Infinity));
  // of several offices held at once (President and party chair), the one of the person's sector,
  // then the one the knowledge base lists first (its curator lists the main office first)
  const covering = e.roles.filter((r) => (r.from ?? -Infinity) <= year && year <= (r.to ?? Infinity));
  return covering.find((r) => r.sector === e.sector) ?? covering[0] ?? begun[0] ?? null;
}

const KIND_ORDER: Readonly<Record<string, readonly string[]>> = {
  PER: ['person'],
  LOC: ['country', 'place', 'region'],
  ORG: ['igo', 'group', 'party', 'movement', 'media', 'business', 'ngo', 'institution', 'religious', 'edu', 'alias', 'country', 'place'],
  MISC: ['igo', 'group', 'party', 'movement', 'media', 'business', 'ngo', 'institution', 'religious', 'edu', 'alias'],
  ANY: ['alias', 'igo', 'group', 'party', 'movement', 'media', 'business', 'ngo', 'institution', 'religious', 'edu', 'person', 'country', 'place', 'region'],
};

/** The best of several knowledge-base entries for a mention type: kind order, then the article's countries. */
function pick(env: Env, entries: readonly KbEntry[], type: string, steps: string[]): KbEntry | null {
  const order = KIND_ORDER[type] ?? KIND_ORDER.ANY!;
  const fit = entries.filter((e) => order.includes(e.kind));
  if (!fit.length) return null;
  // kind first, then a person in office in the article's year, then the country the article names most
  const inOffice = (e: KbEntry): number =>
    e.kind === 'person' && env.year !== null && e.roles.some((r) => (r.from ?? -Infinity) <= env.year! && env.year! <= (r.to ?? Infinity)) ? 1 : 0;
  const rank = (e: KbEntry): number => order.indexOf(e.kind) * 100000 - inOffice(e) * 10000 - (e.country ? env.docCounts.get(e.country) ?? 0 : 0);
  const sorted = [...fit].sort((x, y) => rank(x) - rank(y));
  if (sorted.length > 1) {
    const [a, b] = [sorted[0]!, sorted[1]!];
    if (rank(a) === rank(b) && a.country !== b.country) {
      // nothing in the article tells them apart (`حزب العدالة والتنمية`: Turkey's or Morocco's?)
      steps.push(`${sorted.length} knowledge-base entries fit (${sorted.map((e) => e.kb).join(', ')}) and nothing in the article tells them apart`);
      return null;
    }
    steps.push(`${sorted.length} knowledge-base entries fit (${sorted.map((e) => e.kb).join(', ')}); took ${a.kb} by kind, the year and the article's countries`);
  }
  return sorted[0]!;
}

/**
 * The knowledge-base entries named exactly by a mention's words; when there are none and the first
 * word of a multi-word name carries a proclitic the tagger left inside the span (`لحزب الله`), the
 * word without it.
 */
function kbLookup<T>(trie: Trie<T>, keys: readonly string[]): readonly T[] {
  const hit = trieGet(trie, keys);
  // one-word names are not cut: `براعم` is not `ب` + `راعم`
  if (hit.length || keys.length < 2) return hit;
  for (const v of keyVariants(keys[0]!)) {
    if (v.cut === 0) continue;
    const h = trieGet(trie, [v.key, ...keys.slice(1)]);
    if (h.length) return h;
  }
  return hit;
}

function fromKb(env: Env, e: KbEntry, rule: string, steps: string[]): Draft {
  const role = e.kind === 'person' ? roleIn(e, env.year) : null;
  if (role?.sector && role.sector !== e.sector) steps.push(`in ${env.year} ${e.name} was ${role.role} (${role.sector})`);
  return {
    country: e.country,
    sector: e.kind === 'country' || e.kind === 'place' || e.kind === 'region' ? null : role?.sector ?? e.sector,
    code: e.code,
    name: e.name,
    role: role?.role ?? null,
    kb: e,
    rule,
    steps,
    strength: 3,
  };
}

/**
 * A knowledge-base name followed by another country's nisba (`الاحتلال الفرنسي`, `القوات المسلحة
 * الملكية الأردنية`): the same kind of actor, of that country. An organisation of the knowledge base
 * is then not the one meant (Morocco's royal armed forces are not Jordan's), so its identity is dropped.
 */
function otherCountry(d: Draft, nis: string, steps: string[]): void {
  if (nis === d.country) return;
  steps.push(`nisba after the name: ${nis} (not ${d.kb?.kb ?? 'the entry'}'s ${d.country ?? 'none'})`);
  if (d.kb && d.kb.kind !== 'alias') {
    d.kb = null;
    d.code = null;
    d.name = '';
  }
  d.country = nis;
  d.rule += '+nisba';
}

/**
 * The country of a sentence when it names exactly one, else the article's main country. A form-of-state
 * adjective in tokens `[a, b)` (`القوات المسلحة الملكية`) first narrows the choice to the article's
 * countries of that form.
 */
function contextCountry(env: Env, sent: number, preferSentence: boolean, steps: string[], a = 0, b = 0): string | null {
  for (let i = a; i < b; i++) {
    const t = env.toks[i]!;
    let forms: ReadonlySet<string> | undefined;
    if (!(t.any & FIRST_POLITY)) continue;
    for (const v of t.vars) forms ??= env.kb.polities.get(v.key);
    if (!forms) continue;
    let best: string | null = null;
    let bw = 0;
    for (const [c, w] of env.docCounts) if (forms.has(c) && w > bw) [best, bw] = [c, w];
    if (best) {
      steps.push(`"${env.text.slice(t.start, t.end)}" names a form of state; the article's country of that form: ${best}`);
      return best;
    }
  }
  const cs = env.sentCountries[sent];
  if (preferSentence && cs && cs.size === 1) {
    const c = [...cs][0]!;
    steps.push(`its sentence names one country: ${c}`);
    return c;
  }
  if (env.docCountry) {
    steps.push(`the article's main country: ${env.docCountry} (named ${env.docCounts.get(env.docCountry)} times)`);
    return env.docCountry;
  }
  return null;
}

/** What the words of a span say: the first institution or title, nisbas, places and organisations in it. */
interface SpanFacts {
  head: LexItem | null;
  headAt: number;
  title: LexItem | null;
  titleAt: number;
  titleEnd: number;
  nisba: string | null;
  place: KbEntry | null;
  org: KbEntry | null;
  /** The token after the organisation's name inside the span (`orgEnd < b`: the name goes on). */
  orgEnd: number;
  adjSector: Sector | null;
}

function spanFacts(env: Env, a: number, b: number, skipWhole: boolean): SpanFacts {
  const f: SpanFacts = { head: null, headAt: -1, title: null, titleAt: -1, titleEnd: -1, nisba: null, place: null, org: null, orgEnd: -1, adjSector: null };
  for (let i = a; i < b; ) {
    const lex = env.lex.at(i, b);
    const kbm = env.names.at(i, b);
    if (kbm && !(skipWhole && kbm.a === a && kbm.b === b) && (!lex || kbm.b - kbm.a >= lex.b - lex.a)) {
      for (const e of kbm.vals) {
        if ((e.kind === 'country' || e.kind === 'place') && !f.place) f.place = e;
        else if (e.kind !== 'region' && e.kind !== 'person' && e.kind !== 'country' && e.kind !== 'place' && !f.org) {
          f.org = e;
          f.orgEnd = kbm.b;
        }
      }
      i = kbm.b;
      continue;
    }
    if (lex) {
      const inst = lex.vals.find((v) => v.kind === 'institution');
      const title = lex.vals.find((v) => v.kind === 'title' || v.kind === 'portfolio');
      if (inst && !f.head) {
        f.head = inst;
        f.headAt = i;
      }
      if (title) {
        f.title = title;
        f.titleAt = i;
        f.titleEnd = lex.b;
      }
      i = lex.b;
      continue;
    }
    const n = env.toks[i]!.nisba;
    if (n) f.nisba = n;
    else {
      const w = wordsOf(env.kb, env.toks[i]!).find((x) => x.kind === 'adjective' && x.sector);
      if (w && !f.adjSector) f.adjSector = w.sector;
    }
    i++;
  }
  return f;
}

/** An organisation (or MISC) mention the knowledge base does not name as a whole. */
/** A definite adjective of nisba shape (الكردستاني، الكردستاتي، الاشتراكية), by its match key. */
const NISBA_SHAPE = /^ال[^\s]{3,}(ي|يه)$/;

function composeOrg(env: Env, a: number, b: number, sent: number, steps: string[]): Draft | null {
  const f = spanFacts(env, a, b, true);
  // `حزب العمل الكردستاني` (or its typo الكردستاتي): a known name (Israel's حزب العمل) that the entity
  // carries on with an adjective of nisba shape naming no country is a longer name, another
  // organisation: of its kind (a party), not of the short name's country
  if (f.org && !f.head && !f.nisba && !f.place && f.orgEnd > a && f.orgEnd < b && NISBA_SHAPE.test(env.toks[f.orgEnd]!.key)) {
    const org = f.org;
    steps.push(`a longer name than ${org.kb}: "${env.text.slice(env.toks[f.orgEnd]!.start, env.toks[f.orgEnd]!.end)}" goes on after it`);
    const sector = org.sector;
    const country = sector === 'IGO' ? null : contextCountry(env, sent, false, steps, a, b);
    if (!country && !sector) return null;
    return { country, sector, code: null, name: '', role: null, kb: null, rule: 'org:longer-name+context', steps, strength: 1 };
  }
  if (f.head?.needsCountry && !f.nisba && !f.place) return null;
  const sectorFrom = f.head?.sector ?? f.title?.sector ?? null;
  let country: string | null = null;
  let strength = 2;
  if (f.nisba) {
    country = f.nisba;
    steps.push(`nisba inside the name: ${country}`);
  } else if (f.place) {
    country = f.place.country;
    steps.push(`place inside the name: ${f.place.name} (${country})`);
  } else if (f.org?.country) {
    country = f.org.country;
    steps.push(`organisation inside the name: ${f.org.name} (${country})`);
  }
  if (f.head) steps.push(`head noun ${f.head.name} → ${f.head.sector ?? 'no sector'}`);
  let sector = sectorFrom;
  if (sector === 'GOV' && f.adjSector && f.adjSector !== 'GOV') {
    // `اللجنة الأمنية`: a committee or body that a sector adjective makes specific
    sector = f.adjSector;
    steps.push(`sector adjective → ${sector}`);
  }
  if (!sector && f.org) {
    sector = f.org.sector;
    if (sector) steps.push(`sector of ${f.org.name}: ${sector}`);
  }
  if (!sector && f.adjSector) {
    sector = f.adjSector;
    steps.push(`sector adjective → ${sector}`);
  }
  if (!country && !sector && !f.org) return null;
  if (!country && (sector || f.org) && !(f.org && !f.org.country && !f.head)) {
    if (f.org && !f.org.country && f.org.sector === 'IGO') {
      // an IGO body inside the name (`الجمعية العامة للأمم المتحدة`)
    } else {
      country = contextCountry(env, sent, false, steps, a, b);
      strength = 1;
    }
  }
  if (f.org && !f.head && !f.nisba && !f.place) {
    steps.push(`the name holds ${f.org.kb}`);
    return { country: f.org.country, sector: f.org.sector, code: f.org.code, name: f.org.name, role: null, kb: f.org, rule: 'org:inner-kb', steps, strength: 2 };
  }
  return {
    country,
    sector,
    code: null,
    name: '',
    role: null,
    kb: null,
    rule: `org:${f.head ? 'institution' : f.org ? 'inner-kb' : 'words'}${f.nisba ? '+nisba' : f.place ? '+place' : strength === 1 ? '+context' : ''}`,
    steps,
    strength,
  };
}

/** A person's title chain right before token `a` (and its apposition after `b`). */
interface Chain {
  a: number;
  b: number;
  sector: Sector | null;
  country: string | null;
  role: string | null;
  steps: string[];
  /** The title names an international organisation and no country (`سفيرة الاتحاد الأوروبي`): the person is the IGO's. */
  igo?: boolean;
}

/** Whether token i can belong to a title chain (scanning leftwards from a name). */
function chainToken(env: Env, i: number): boolean {
  const t = env.toks[i]!;
  if (t.comma) return true;
  if (t.punct) return false;
  if (t.ent >= 0) return env.entities[t.ent]!.type !== 'PER';
  if (CHAIN_LINKS.has(t.key)) return true;
  for (const v of t.vars) if (v.key.startsWith('ال') || CHAIN_LINKS.has(v.key)) return true;
  if (t.covered || t.tail || t.nisba) return true;
  // inside a title, portfolio or institution phrase that starts up to four words before
  for (let j = i; j >= 0 && j > i - 5; j--) {
    const m = env.lex.at(j);
    if (m && m.b > i) return true;
  }
  return wordsOf(env.kb, t).length > 0;
}

function leftChain(env: Env, a: number): Chain | null {
  const sent = a < env.toks.length ? env.toks[a]!.sent : -1;
  let i = a - 1;
  const min = Math.max(0, a - 16);
  while (i >= min && env.toks[i]!.sent === sent && chainToken(env, i)) i--;
  let start = i + 1;
  while (start < a && env.toks[start]!.comma) start++;
  if (start >= a) return null;
  // the chain starts at its leftmost title
  let first = -1;
  let cut = 0;
  for (let j = start; j < a && first < 0; j++) {
    const m = env.lex.at(j, a);
    if (m && m.vals.some((v) => v.kind === 'title')) [first, cut] = [j, m.cut];
  }
  if (first < 0) return null;
  return chainFacts(env, first, a, 'left', cut);
}

/** `وهو`, `وهي`: "and he/she is", which opens a description of the person just named. */
const HE_IS = new Set(['وهو', 'وهي']);

function rightApposition(env: Env, b: number): Chain | null {
  if (b >= env.toks.length || !env.toks[b]!.comma) return null;
  let s = b + 1;
  if (s >= env.toks.length) return null;
  // `…، وهو لاجئ سوري`: a description after "and he is" may also start with a group noun
  const described = HE_IS.has(env.toks[s]!.key) && s + 1 < env.toks.length;
  if (described) s++;
  const m = env.lex.at(s);
  // `، ووزير …` coordinates a second person; an apposition starts with the bare title
  const title = !!m && m.cut === 0 && m.vals.some((v) => v.kind === 'title');
  const noun = described && wordsOf(env.kb, env.toks[s]!).find((w) => w.kind === 'groupNoun' && w.sector);
  if (!title && !noun) return null;
  if (noun && !title) {
    // the noun and its nisba (`لاجئ سوري`)
    const n = s + 1 < env.toks.length ? takeNisba(env, s + 1, []) : null;
    const c = chainFacts(env, s, n?.next ?? s + 1, 'right', 0);
    return { ...c, sector: noun.sector, country: c.country ?? n?.country ?? null, steps: [`described as ${noun.name} → ${noun.sector}`, ...c.steps] };
  }
  let e = s;
  const sent = env.toks[s]!.sent;
  while (e < env.toks.length && e < s + 12 && !env.toks[e]!.punct && env.toks[e]!.sent === sent && (env.toks[e]!.ent < 0 || env.entities[env.toks[e]!.ent]!.type !== 'PER')) e++;
  return chainFacts(env, s, e, 'right', 0);
}

/**
 * Titles right after a name with no comma between (`الأمير محمد بن سلمان ولي ولي العهد النائب الثاني
 * لرئيس مجلس الوزراء وزير الدفاع`): the person's own, as an apposition is, though read for nothing
 * but their span (see linkPerson) — a run of titles,
 * portfolios, institutions, ordinals and the words that link them, opening with a bare title (not
 * `ووزير`, another person; not `لوزير`). Only a run that names no country (`التقى ولي العهد وزير الدفاع
 * الأمريكي`، `استقبل محمود عباس رئيس الوزراء الفلسطيني`: someone else, the object) and that no person's
 * name follows (`استقبل السيسي وزير الخارجية سامح شكري`: Shoukry's title).
 */
function rightTitles(env: Env, b: number): Chain | null {
  if (b >= env.toks.length) return null;
  const first = env.lex.at(b);
  if (!first || first.cut !== 0 || !first.vals.some((v) => v.kind === 'title')) return null;
  const sent = env.toks[b]!.sent;
  let e = b;
  while (e < env.toks.length && e < b + 16 && env.toks[e]!.sent === sent && !env.toks[e]!.punct && env.toks[e]!.ent < 0) {
    const m = env.lex.at(e);
    // (a title with ل joins the chain only when more of it follows: «لرئيس» مجلس الوزراء; not
    // «للصحافيين», to whom the person speaks)
    const next = m && m.cut > 0 && m.b < env.toks.length ? env.lex.at(m.b) : null;
    if (m && m.vals.some((v) => v.kind === 'title' || v.kind === 'portfolio' || v.kind === 'institution') && (m.cut === 0 || (next !== null && next.cut === 0))) {
      e = m.b;
      continue;
    }
    const t = env.toks[e]!;
    if (t.nisba || ORDINALS.has(t.key) || CHAIN_LINKS.has(t.key) || t.vars.some((v) => CHAIN_LINKS.has(v.key))) {
      e++;
      continue;
    }
    break;
  }
  // (the title of a person named right after is that person's: استقبل السيسي وزير الخارجية سامح شكري)
  if (e < env.toks.length && env.toks[e]!.ent >= 0 && env.entities[env.toks[e]!.ent]!.type === 'PER') return null;
  // (a linking word at the end belongs to what follows: … وزير الدفاع «في» …)
  while (e > b && (CHAIN_LINKS.has(env.toks[e - 1]!.key) || env.toks[e - 1]!.vars.some((v) => CHAIN_LINKS.has(v.key))) && !env.lex.at(e - 1)) e--;
  const c = chainFacts(env, b, e, 'right', 0);
  // (a run that names a country, even the person's, may be the object: استقبل محمود عباس رئيس الوزراء
  // الفلسطيني — another person; only bare titles are taken as the person's)
  if (c.country) return null;
  return c;
}

function chainFacts(env: Env, a: number, b: number, side: 'left' | 'right', cut: number): Chain {
  const steps: string[] = [];
  // the title nearest the name decides the sector
  let sector: Sector | null = null;
  let country: string | null = null;
  const titles: { at: number; item: LexItem }[] = [];
  let orgSector: Sector | null = null;
  // `سفير السعودية لدى الأردن`: what follows لدى is the host, not the person's country
  let host = false;
  let igo = false;
  for (let i = a; i < b; ) {
    if (env.toks[i]!.key === 'لدي') host = true;
    const kbm = env.names.at(i, b);
    const lex = env.lex.at(i, b);
    if (kbm && (!lex || kbm.b - kbm.a >= lex.b - lex.a)) {
      const e = kbm.vals.find((v) => v.kind !== 'region' && v.kind !== 'person');
      if (e && host && e.country) steps.push(`${e.name} (${e.country}) follows لدى: the host, not the person's country`);
      else if (e) {
        if (!country && e.country) {
          country = e.country;
          steps.push(`${e.kind} in the title: ${e.name} (${e.country})`);
        }
        if (!country && !e.country && e.sector === 'IGO') {
          igo = true;
          steps.push(`the title names the international organisation ${e.name}`);
        }
        if (e.kind !== 'country' && e.kind !== 'place' && e.sector && !orgSector) orgSector = e.sector;
      }
      i = kbm.b;
      continue;
    }
    if (lex) {
      for (const v of lex.vals) if (v.kind === 'title') titles.push({ at: i, item: v });
      const inst = lex.vals.find((v) => v.kind === 'institution');
      if (inst?.sector && !orgSector) orgSector = inst.sector;
      i = lex.b;
      continue;
    }
    const n = env.toks[i]!.nisba;
    if (n && !country && !host) {
      country = n;
      steps.push(`nisba in the title: ${env.text.slice(env.toks[i]!.start, env.toks[i]!.end)} (${n})`);
    }
    if (env.toks[i]!.ent >= 0) {
      const ent = env.entities[env.toks[i]!.ent]!;
      steps.push(`the title names ${ent.type} ${ent.name}`);
    }
    i++;
  }
  const ordered = side === 'left' ? [...titles].reverse() : titles;
  const withSector = ordered.find((t) => t.item.sector);
  if (withSector && !withSector.item.role && withSector.item.sector === 'MIL' && (orgSector === 'COP' || orgSector === 'SPY')) {
    // a bare rank (`اللواء`) of a police or security officer: the institution in the title says which
    sector = orgSector;
    steps.unshift(`rank ${withSector.item.name}, but the title's institution → ${sector}`);
  } else if (withSector) {
    sector = withSector.item.sector;
    steps.unshift(`title ${withSector.item.name} → ${sector}`);
  } else if (orgSector) {
    sector = orgSector;
    steps.unshift(`the title's institution → ${sector}`);
  }
  // a bare rank or honorific next to the name (`… قائد المنطقة الجنوبية الجنرال`) is not the role when the chain says more
  let roleEnd = b;
  const nearest = ordered[0];
  if (side === 'left' && nearest && !nearest.item.role && titles.length > 1 && nearest.at > a) {
    const m = env.lex.at(nearest.at, b);
    if (m && m.b === b) roleEnd = nearest.at;
  }
  while (roleEnd > a + 1 && env.toks[roleEnd - 1]!.punct) roleEnd--;
  const role = env.text
    .slice(cutStart(env.text, env.toks[a]!, cut), env.toks[roleEnd - 1]!.end)
    .replace(/[\s،,]+$/g, '')
    .trim();
  return { a, b, sector, country, role: role || null, steps, igo: igo && !country };
}

function linkPerson(env: Env, ent: Entity, a: number, b: number): Draft {
  const steps: string[] = [];
  const keys = nameKeys(ent.name);
  let kbE = pick(env, kbLookup(env.kb.names, keys), 'PER', steps);
  // hashtags run together (#الرئيس_الفلسطيني #محمود_عباس): each one may be the name
  if (!kbE && ent.name.includes('#')) {
    for (const tag of ent.name.split(/\s+/).filter((x) => x.startsWith('#')).reverse()) {
      kbE = pick(env, kbLookup(env.kb.names, nameKeys(tag)), 'PER', steps);
      if (kbE) break;
    }
  }
  let rule = 'kb:person';
  // a known name carried on by a lineage or a family name (محمد بن سلمان بن عبدالعزيز «آل سعود»): that
  // person — the known name of three words or more, the rest opening with آل or بن
  if (!kbE) {
    for (let n = keys.length - 1; n >= 3 && !kbE; n--) {
      if (!/^(ال|بن|ابن)$/.test(keys[n]!)) continue;
      kbE = pick(env, kbLookup(env.kb.names, keys.slice(0, n)), 'PER', steps);
      if (kbE) steps.push(`the known name "${kbE.name}" and its lineage or family name after it`);
    }
  }
  if (!kbE) {
    const short = env.kb.shortNames.get(keys.join(' '));
    if (short?.length) {
      kbE = pick(env, short, 'PER', steps);
      rule = 'kb:person-short';
    }
  }
  const left = leftChain(env, a);
  const right = rightApposition(env, b);
  const chain = left ?? right;
  // (titles right after the name with no comma are the person's too, but read for nothing: a bare
  // نائب or المتحدث there says less than the knowledge base or the context — they only stop being
  // mentions of their own, وزير الدفاع taking the context's country)
  const titlesAfter = right ? null : rightTitles(env, b);
  for (const c of [left, right, titlesAfter]) if (c) for (let i = c.a; i < c.b; i++) env.toks[i]!.used = true;
  // (the name with its chains, for the draft whichever way it is linked)
  const titles = left || right || titlesAfter ? { titles: { a: Math.min(left?.a ?? a, a), b: Math.max(right?.b ?? b, titlesAfter?.b ?? b, b) } } : {};
  if (kbE) {
    const d = fromKb(env, kbE, rule, steps);
    steps.unshift(`knowledge base: ${kbE.kb}`);
    if (chain) {
      if (chain.sector) d.sector = chain.sector;
      if (chain.country) d.country = chain.country;
      d.role = chain.role ?? d.role;
      d.rule += '+title';
      steps.push(...chain.steps);
    }
    d.person = true;
    return Object.assign(d, titles);
  }
  if (chain?.igo) {
    // an IGO's official (`سفيرة الاتحاد الأوروبي لدى المغرب`): no country, whatever the context
    steps.push(...chain.steps);
    return { country: null, sector: 'IGO', code: null, name: ent.name, role: chain.role, kb: null, rule: 'per:title-igo', steps, strength: 2, person: true, ...titles };
  }
  if (chain && (chain.sector || chain.country)) {
    steps.push(...chain.steps);
    let country = chain.country;
    let strength = country ? 3 : 2;
    if (!country) {
      country = contextCountry(env, env.toks[a]!.sent, false, steps, Math.min(left?.a ?? a, a), Math.max(right?.b ?? a, a));
      strength = 2;
    }
    return { country, sector: chain.sector, code: null, name: ent.name, role: chain.role, kb: null, rule: chain.country ? 'per:title' : 'per:title+context', steps, strength, person: true, ...titles };
  }
  const country = contextCountry(env, env.toks[a]!.sent, false, steps);
  return { country, sector: null, code: null, name: ent.name, role: chain?.role ?? null, kb: null, rule: 'per:context', steps, strength: country ? 1 : 0, person: true, ...titles };
}

/** `text` without tatweel and without the vowel marks that `form` does not write (NFC both). */
function withOnlyMarks(text: string, form: string): string {
  const marks = new Set(form.match(/[\u064B-\u0652]/g) ?? []);
  return text.normalize('NFC').replace(/[\u064B-\u0652\u0640]/g, (c) => (marks.has(c) ? c : ''));
}

function linkPlace(env: Env, ent: Entity, a: number, b: number): Draft | null {
  const steps: string[] = [];
  const keys = nameKeys(ent.name);
  const key = keys.join(' ');
  const amb = env.kb.ambiguous.get(key);
  if (amb) {
    // a vowelled spelling settles it (عمّان is Amman, عُمان Oman), whatever other vowels the text
    // writes (عمَّان: the fatha is dropped before comparing)
    const spelt = env.kb.ambiguousSpellings.get(key)?.find((x) => withOnlyMarks(ent.text, x.form).includes(x.form));
    if (spelt) {
      steps.push(`ambiguous place (${amb.join(', ')}); spelt «${spelt.form}»: ${spelt.country}`);
      return { country: spelt.country, sector: null, code: null, name: ent.name, role: null, kb: null, rule: 'loc:spelling', steps, strength: 2 };
    }
    const best = [...amb].sort((x, y) => (env.docCounts.get(y) ?? 0) - (env.docCounts.get(x) ?? 0))[0]!;
    steps.push(`ambiguous place (${amb.join(', ')}); the article names ${best} most`);
    return { country: best, sector: null, code: null, name: ent.name, role: null, kb: null, rule: 'loc:ambiguous', steps, strength: 2 };
  }
  const e = pick(env, kbLookup(env.kb.names, keys), 'LOC', steps);
  if (e) {
    if (e.kind === 'region') {
      steps.push(`${e.name} is a region of no one country (${e.kb})`);
      return null;
    }
    steps.unshift(`knowledge base: ${e.kb}`);
    return fromKb(env, e, `kb:${e.kind}`, steps);
  }
  if (b < env.toks.length) {
    const n = env.toks[b]!.nisba;
    if (n) {
      env.toks[b]!.used = true;
      steps.push(`nisba after the name: ${env.text.slice(env.toks[b]!.start, env.toks[b]!.end)} (${n})`);
      return { country: n, sector: null, code: null, name: ent.name, role: null, kb: null, rule: 'loc:nisba', steps, strength: 2 };
    }
  }
  const f = spanFacts(env, a, b, true);
  const inner = f.place?.country ?? f.nisba;
  if (inner) {
    steps.push(`place or nisba inside the name (${inner})`);
    return { country: inner, sector: null, code: null, name: ent.name, role: null, kb: null, rule: 'loc:inner', steps, strength: 2 };
  }
  // `X في Y` / `X بY`
  if (b + 1 < env.toks.length && env.toks[b]!.key === 'في') {
    const m = env.names.at(b + 1);
    const c = m?.vals.find((v) => v.kind === 'country' || v.kind === 'place')?.country;
    if (c) {
      steps.push(`"في" + ${c} after the name`);
      return { country: c, sector: null, code: null, name: ent.name, role: null, kb: null, rule: 'loc:in-country', steps, strength: 2 };
    }
  }
  const c = contextCountry(env, env.toks[a]!.sent, true, steps);
  if (!c) return null;
  return { country: c, sector: null, code: null, name: ent.name, role: null, kb: null, rule: 'loc:context', steps, strength: 1 };
}

function linkOrg(env: Env, ent: Entity, a: number, b: number): Draft | null {
  const steps: string[] = [];
  const keys = nameKeys(ent.name);
  const e = pick(env, kbLookup(env.kb.names, keys), ent.type, steps);
  if (e) {
    if (e.kind === 'region') return null;
    steps.unshift(`knowledge base: ${e.kb}`);
    const d = fromKb(env, e, `kb:${e.kind}`, steps);
    const nis = e.kind !== 'country' && e.kind !== 'place' && b < env.toks.length ? env.toks[b]!.nisba : null;
    if (nis) otherCountry(d, nis, steps);
    return d;
  }
  const d = composeOrg(env, a, b, env.toks[a]!.sent, steps);
  if (!d || (!d.kb && d.strength < 2 && d.rule.startsWith('org:words'))) {
    // a person the tagger typed ORG or MISC (`وزير الأمن الإسرائيلي بني غانتس`): a title chain decides
    const left = env.toks[a]!.vars.some((v) => v.key.startsWith('ال')) ? null : leftChain(env, a);
    if (left && (left.sector || left.country)) {
      const p = linkPerson(env, ent, a, b);
      p.steps.unshift(`typed ${ent.type} but a person's title precedes it`);
      p.rule = `${p.rule}(typed ${ent.type})`;
      return p;
    }
  }
  if (!d) return null;
  if (!d.name) d.name = ent.name;
  // a nisba right after the name (`البنك المركزي` + ` المصري`, split by the tagger) beats the context
  if ((!d.country || d.strength < 2) && b < env.toks.length) {
    const n = env.toks[b]!.nisba;
    if (n) {
      d.country = n;
      d.strength = 2;
      d.rule = d.rule.replace(/\+context$/, '') + '+nisba-after';
      d.steps.push(`nisba after the name (${n}) rather than the context`);
    }
  }
  // `وزارة الخارجية في الولايات المتحدة`: a country after في beats the context
  if (d.rule.endsWith('+context')) {
    const c = countryAfterIn(env, b, d.steps);
    if (c) {
      d.country = c;
      d.strength = 2;
      d.rule = d.rule.replace(/\+context$/, '+in-country');
    }
  }
  return d;
}

/** The article's countries: country, place and organisation names and nisbas, per sentence and overall. */
function countCountries(kb: Kb, toks: readonly Tk[], nSent: number, names: MatchMemo<KbEntry>): { doc: Map<string, number>; sent: Set<string>[]; kbAt: Map<number, Match<KbEntry>> } {
  const doc = new Map<string, number>();
  const sent = Array.from({ length: nSent }, () => new Set<string>());
  const kbAt = new Map<number, Match<KbEntry>>();
  const add = (c: string, s: number, w: number): void => {
    doc.set(c, (doc.get(c) ?? 0) + w);
    sent[s]?.add(c);
  };
  for (let i = 0; i < toks.length; ) {
    const t = toks[i]!;
    if (t.punct) {
      i++;
      continue;
    }
    const m = names.at(i);
    if (m && notNameHere(toks, m.a, m.b)) {
      i = m.b;
      continue;
    }
    if (m && !(m.b === i + 1 && t.ent < 0 && kb.needsEntity.has(t.vars.find((v) => v.cut === m.cut)!.key))) {
      kbAt.set(i, m);
      const e = m.vals.find((v) => v.kind === 'country' || v.kind === 'place') ?? m.vals.find((v) => v.kind !== 'person' && v.kind !== 'region');
      // a name of two countries' entries (`حزب العدالة والتنمية`) is no evidence for either
      const agree = m.vals.every((v) => v.kind === 'person' || v.kind === 'region' || v.country === e?.country);
      if (e?.country && agree) add(e.country, t.sent, e.kind === 'country' || e.kind === 'place' ? 1 : 0.5);
      i = m.b;
      continue;
    }
    const n = t.nisba;
    if (n) add(n, t.sent, 1);
    i++;
  }
  return { doc, sent, kbAt };
}

function mainCountry(counts: ReadonlyMap<string, number>): string | null {
  let best: string | null = null;
  let bw = 0;
  for (const [c, w] of counts) if (w > bw) [best, bw] = [c, w];
  return best;
}

function toActor(d: Draft): Actor {
  return { id: actorId(d.country, d.sector, d.code), country: d.country, sector: d.sector, name: d.name, role: d.role };
}

/** A country-level actor (no sector, not a person, not a knowledge-base organisation) is named by its country. */
function countryName(env: Env, d: Draft): void {
  if (!d.person && !d.sector && d.country && (!d.kb || d.kb.kind === 'place')) d.name = env.kb.countries.get(d.country)?.name ?? d.name;
}

/** Whether `short` occurs in `long` as an ordered subsequence of word keys. */
function subsequence(short: readonly string[], long: readonly string[]): boolean {
  let j = 0;
  for (const k of long) if (k === short[j]) j++;
  return j === short.length;
}

/** Regnal and other ordinal numbers (`الثاني`, `السادس`): never a name on their own (data/time/numbers.json). */
const ORDINALS: ReadonlySet<string> = (() => {
  const n = loadData<{ ordinalsMasculine: Record<string, string[]>; ordinalsFeminine: Record<string, string[]> }>('time/numbers.json');
  return new Set([...Object.values(n.ordinalsMasculine), ...Object.values(n.ordinalsFeminine)].flat().filter((w) => !w.includes(' ')).map(wordKey));
})();
/** A first name seen more often than this in the shared news (`محمد`, `عبد الله`) does not name one person alone. */
const RARE_NAME = 150;

/** Whether a name word is rare enough in the news to name one person alone (`بلخير` yes, `محمد` no). */
function rareName(letters: string): boolean {
  return wordCount(letters) < RARE_NAME;
}

/**
 * Whether a shorter person mention can stand for a longer name: the family name (its tail:
 * `الفاروق`, `ترامب`) unless that is a regnal number (`الثاني` of `عبد الله الثاني`); a first or
 * inner name only when it is rare (`بلخير` of `بلخير الفاروق`, never `محمد` of `محمد السادس`).
 */
function canStandFor(p: PerMention, head: { keys: readonly string[]; start: number }): boolean {
  const short = p.keys;
  const long = head.keys;
  if (!subsequence(short, long)) return false;
  if (short.length === long.length) return true;
  const tail = short.every((k, i) => k === long[long.length - short.length + i]);
  if (tail) return !short.every((k) => ORDINALS.has(k) || NAME_PARTICLES.has(k));
  const content = short.filter((k) => !NAME_PARTICLES.has(k) && k !== 'الله');
  if (!content.length) return false;
  // a first or inner name: two name words are specific (`خالد عبد الكريم` of `خالد عبد الكريم ماسا`,
  // `سلطان بن سحيم`); one refers back to a full name written before it (`خالد` after `خالد بن أحمد آل
  // خليفة`, `كيم` after `كيم يونغ أون`), and before it only when it is rare (`بلخير`)
  return content.length >= 2 || p.start > head.start || p.letters.every((w, i) => NAME_PARTICLES.has(short[i] ?? '') || rareName(w));
}

/** A word list of `data/actors/function-words.json`, by word key; a missing list is a coded error naming it. */
function functionWords(list: string): ReadonlySet<string> {
  const words = loadData<Record<string, unknown>>('actors/function-words.json')[list];
  if (!Array.isArray(words) || !words.every((x) => typeof x === 'string')) throw new RasdError('E_MODEL', `data/actors/function-words.json: "${list}" is missing or not a list of words`);
  return new Set((words as string[]).map(wordKey));
}

/**
 * Function words never inside a person's name (`function-words.json` words): a tagged "name"
 * holding one (`أحمد مع السيسي`) is a tagging error, not a person's full name.
 */
const NOT_IN_NAMES = functionWords('words');

/** `data/actors/not-names-after.json`: a word → the neighbours that make it an ordinary word, by word key. */
const NOT_NAMES_FILE = loadData<{ names: Record<string, string[]>; institutions: Record<string, string[]>; common_nouns: string[]; place_words: string[] }>('actors/not-names-after.json');
const neighbourMap = (m: Record<string, string[]>): ReadonlyMap<string, ReadonlySet<string>> =>
  new Map(Object.entries(m).map(([n, ws]) => [wordKey(n), new Set(ws.map(wordKey))]));
/** Names that are ordinary words after certain words (أذان المغرب, the sunset prayer). */
const NOT_NAMES_AFTER = neighbourMap(NOT_NAMES_FILE.names);
/** Institution words that are a concern, not an institution, before certain words (الأمن المائي). */
const NOT_INSTITUTIONS_BEFORE = neighbourMap(NOT_NAMES_FILE.institutions);
/** Is the institution word (match key) a concern, not an institution, before the next word (الأمن «المائي»)? */
export function conceptBefore(key: string, nextKey: string): boolean {
  return NOT_INSTITUTIONS_BEFORE.get(key)?.has(nextKey) ?? false;
}
/** Place names that are also common nouns (مشهد a scene, صور pictures), and the words after which they are still the place. */
const COMMON_NOUN_NAMES = new Set(NOT_NAMES_FILE.common_nouns.map(wordKey));
const PLACE_WORDS = new Set(NOT_NAMES_FILE.place_words.map(wordKey));
const FI = new Set(['في', 'وفي', 'ففي']);
/** Is the one-word name at token `a` an ordinary word here (أذان «المغرب»، في «مشهد» لافت)? */
function notNameHere(toks: readonly Tk[], a: number, b: number): boolean {
  if (b !== a + 1) return false;
  if (commonNounHere(toks, a)) return true;
  if (a === 0) return false;
  const after = NOT_NAMES_AFTER.get(toks[a]!.key);
  return after !== undefined && !toks[a - 1]!.punct && after.has(toks[a - 1]!.key);
}
/**
 * A place name that is also a common noun, after في or the proclitic ب and before an indefinite word
 * (في «مشهد» لافت، «بصور» حديثة): the noun — a city's name takes no indefinite adjective. Not before
 * a definite word (بمشهد الإيرانية), a function word, a nisba, a name, or a direction or time that
 * follows a city (في صور جنوبي لبنان، في مشهد يوم الجمعة).
 */
function commonNounHere(toks: readonly Tk[], a: number): boolean {
  const t = toks[a]!;
  const v = t.vars.find((x) => COMMON_NOUN_NAMES.has(x.key));
  if (!v) return false;
  const prefix = t.key.slice(0, v.cut);
  const prep = v.cut > 0 ? /^[وف]?ب$/.test(prefix) : a > 0 && !toks[a - 1]!.punct && toks[a - 1]!.sent === t.sent && FI.has(toks[a - 1]!.key);
  if (!prep) return false;
  const n = toks[a + 1];
  if (!n || n.punct || n.sent !== t.sent || n.nisba || n.ent >= 0 && n.ent !== t.ent) return false;
  const bare = n.key.replace(/^[وف]/, '');
  if (n.key.startsWith('ال') || bare.startsWith('ال') || bare.startsWith('لل')) return false;
  return n.any === 0 && !NOT_IN_NAMES.has(n.key) && !PLACE_WORDS.has(n.key) && !/\d/.test(n.key);
}

/** Name words that never identify a person alone. */
const NAME_PARTICLES = new Set('بن ابن بنت ابو ابي ام ال عبد عبدال'.split(' '));

interface PerMention {
  idx: number;
  keys: string[];
  /** The name's words in the letter view (`normalizeLetters`), for their corpus counts. */
  letters: string[];
  /** Where the mention starts in the text. */
  start: number;
  draft: Draft;
  cluster: number;
}

/** Groups person mentions whose names are contained in one longer name (`الفاروق` in `بلخير الفاروق`). */
function corefPersons(pers: PerMention[]): Map<number, PerMention[]> {
  const byLen = [...pers].sort((x, y) => y.keys.length - x.keys.length || x.idx - y.idx);
  const heads: { keys: string[]; id: number; start: number; draft: Draft }[] = [];
  const clusters = new Map<number, PerMention[]>();
  // two people of one name whom the text tells apart (`الملك عبد الله` … `عبد الله، وهو لاجئ سوري`)
  const evidenced = (d: Draft): boolean => d.strength >= 2 && !!d.country && !d.rule.includes('context');
  const conflict = (p: PerMention, h: { draft: Draft }): boolean => evidenced(p.draft) && evidenced(h.draft) && p.draft.country !== h.draft.country;
  for (const p of byLen) {
    const content = p.keys.filter((k) => !NAME_PARTICLES.has(k) && k.length > 1);
    const fits = content.length ? heads.filter((h) => canStandFor(p, h) && !conflict(p, h)) : [];
    const distinct = fits.filter((h, i) => !fits.some((o, j) => j < i && (subsequence(h.keys, o.keys) || subsequence(o.keys, h.keys))));
    // of several names it could stand for, the one the knowledge base knows (عباس: محمود عباس, not a
    // tagging fragment such as «عباس هذ»)
    const known = distinct.length > 1 ? distinct.filter((h) => h.draft.rule.startsWith('kb:person')) : distinct;
    let id: number;
    if (distinct.length === 1) id = distinct[0]!.id;
    else if (known.length === 1) id = known[0]!.id;
    else {
      id = heads.length;
      heads.push({ keys: p.keys, id, start: p.start, draft: p.draft });
    }
    p.cluster = id;
    const list = clusters.get(id) ?? [];
    list.push(p);
    clusters.set(id, list);
  }
  return clusters;
}

/** The nisba at token j (one or two words) as the country of the phrase before it, and the token after it. */
function takeNisba(env: Env, j: number, steps: string[]): { country: string; next: number } | null {
  const toks = env.toks;
  const nis = toks[j]!.nisba;
  if (!nis) return null;
  steps.push(`nisba: ${env.text.slice(toks[j]!.start, toks[j]!.end)} (${nis})`);
  let next = j + 1;
  while (next < toks.length && toks[next]!.tail) next++;
  return { country: nis, next };
}

/** A modifier that leaves a phrase's actor as it is (`رفيع المستوى`, the second word of `الكوري الشمالي`). */
/** A definite noun (with ال), as a genitive complement. */
const GENITIVE_AL = /^و?ال/;

function isFiller(t: Tk): boolean {
  return t.tail || FILLERS.has(t.key) || FILLERS.has(withoutAl(t.key));
}

/**
 * The words after an institution, title or group noun that say whose it is: at most `max` of them,
 * while `avail` allows — a nisba ends the phrase with its country; with `names`, so does a country,
 * place or organisation named right after (`جيش ميانمار`, `أمير منطقة الرياض`); sector adjectives
 * are passed over (`skip`) or give the sector (`sector`: `وفد عسكري` MIL, `القوات الأمنية` COP, but
 * government forces stay forces: `القوات الحكومية` MIL); fillers (`رفيع المستوى`) are passed over.
 */
function readModifiers(
  env: Env,
  from: number,
  max: number,
  avail: (i: number) => boolean,
  sector: Sector | null,
  opts: { names: boolean; adjectives: 'skip' | 'sector' },
  steps: string[],
): { end: number; country: string | null; kbE: KbEntry | null; sector: Sector | null } {
  const toks = env.toks;
  let j = from;
  // a definite word closes the noun phrase — a definite noun takes no genitive: a name after it is
  // another phrase (السلطات المحلية | قوات الدعم السريع), not whose the institution is (جيش ميانمار)
  let closed = from > 0 && GENITIVE_AL.test(toks[from - 1]!.key);
  for (let n = 0; n < max && avail(j); n++) {
    const nis = takeNisba(env, j, steps);
    if (nis) return { end: nis.next, country: nis.country, kbE: null, sector };
    if (opts.names && !closed) {
      const km = env.kbAt.get(j);
      const ce = km?.vals.find((v) => v.kind === 'country' || v.kind === 'place' || (v.kind !== 'person' && v.kind !== 'region' && v.country));
      if (km && ce && km.cut === 0) {
        steps.push(`followed by ${ce.kb} (${ce.country})`);
        // the name is the phrase's only if none of its words is another mention's (`أمير منطقة الرياض`
        // where the tagger marked الرياض: the institution ends before it)
        let whole = true;
        for (let x = km.a; x < km.b; x++) if (!avail(x)) whole = false;
        const kbE = whole && ce.kind !== 'country' && ce.kind !== 'place' ? ce : null;
        return { end: whole ? km.b : j, country: ce.country, kbE, sector };
      }
    }
    const adj = wordsOf(env.kb, toks[j]!).find((x) => x.kind === 'adjective');
    if (adj && (opts.adjectives === 'sector' || adj.sector)) {
      if (opts.adjectives === 'sector' && adj.sector && !(adj.sector === 'GOV' && sector)) {
        sector = adj.sector;
        steps.push(`adjective ${adj.name} → ${adj.sector}`);
      }
      if (GENITIVE_AL.test(toks[j]!.key)) closed = true;
      j++;
      continue;
    }
    if (isFiller(toks[j]!)) {
      j++;
      continue;
    }
    // a genitive complement before the nisba (وزارة الخزانة الأمريكية، وزارة الخارجية والمغتربين
    // السورية): passed over only when a nisba follows within two words — and not right after a
    // definite noun, which takes no genitive (المسلحون | القوات السوفييتية: two phrases)
    if (GENITIVE_AL.test(toks[j]!.key) && !toks[j]!.nisba && n + 1 < max && !(closed && !/^وال/.test(toks[j]!.key))) {
      const k = avail(j + 1) && toks[j + 1]!.nisba ? j + 1 : avail(j + 1) && avail(j + 2) && /^وال/.test(toks[j + 1]!.key) && toks[j + 2]!.nisba ? j + 2 : -1;
      if (k > 0) {
        steps.push(`genitive ${toks[j]!.key} passed over`);
        j = k;
        continue;
      }
    }
    break;
  }
  return { end: j, country: null, kbE: null, sector };
}

/** `data/actors/function-words.json` word_names: names that are also common words (صالح، سلام، حسن): alone, only when rare. */
const WORD_NAMES = functionWords('word_names');
/** `function-words.json` name_verbs: verbs after which a common-word family name (`تلقى سلام`) is the person. */
const NAME_VERBS = functionWords('name_verbs');
/** `data/actors/function-words.json` place_heads: administrative units between an institution and its place (حكومة إقليم كردستان). */
const PLACE_HEADS = functionWords('place_heads');

/**
 * The country of a place the tagger marked right after an institution, as its genitive (حكومة لبنان،
 * شرطة دبي، حكومة إقليم كردستان): the country the linker gave the place at `j` (an administrative
 * unit may stand before it), else null.
 */
function genitivePlace(env: Env, j: number, open: (i: number) => boolean, steps: string[]): string | null {
  const toks = env.toks;
  // a definite noun takes no genitive (المساجد | لندن)
  if (j === 0 || GENITIVE_AL.test(toks[j - 1]!.key)) return null;
  let k = j;
  if (k < toks.length && open(k) && PLACE_HEADS.has(withoutAl(toks[k]!.key))) k++;
  if (k >= toks.length || toks[k]!.sent !== toks[j - 1]!.sent) return null;
  const d = env.placeAt.get(k);
  if (!d?.country) return null;
  steps.push(`the place after it, ${env.text.slice(toks[k]!.start, toks[k]!.end)} (${d.country}), is its genitive`);
  return d.country;
}

/**
 * A country named after في right after an institution (وزارة الخارجية «في الولايات المتحدة»، الشرطة
 * «في فرنسا»): the institution's country, or null. Token `j` is the word after the institution.
 */
function countryAfterIn(env: Env, j: number, steps: string[]): string | null {
  const toks = env.toks;
  if (j === 0 || j + 1 >= toks.length) return null;
  const fi = toks[j]!;
  if (fi.punct || fi.key !== 'في' || fi.sent !== toks[j - 1]!.sent) return null;
  const m = env.kbAt.get(j + 1);
  const c = m && m.cut === 0 ? m.vals.find((v) => v.kind === 'country') : undefined;
  if (!c?.country) return null;
  steps.push(`the country named after في, ${env.text.slice(toks[j + 1]!.start, toks[m!.b - 1]!.end)} (${c.country}), is its own`);
  return c.country;
}

/**
 * A known organisation's name in brackets right after an organisation or institution that had no
 * identity of its own (`مجموعة الأمن الداخلي (لخويا)`، an acronym or the name the press knows): the
 * organisation before it is that one (rule `…+bracket`), and so is the bracketed name, whatever type
 * the tagger gave it (`لخويا` tagged a place). Not after a person, nor after a mention of another
 * country than the organisation's by its own evidence (a nisba).
 */
function bracketNames(env: Env, all: { start: number; end: number; text: string; entity: number | null; name: string; draft: Draft | null }[]): void {
  const toks = env.toks;
  for (let p = 1; p < toks.length; p++) {
    if (toks[p]!.key !== '(') continue;
    let q = p + 1;
    while (q < toks.length && q - p <= 6 && !toks[q]!.punct) q++;
    if (q === p + 1 || q >= toks.length || toks[q]!.key !== ')' || toks[p - 1]!.punct || toks[p - 1]!.sent !== toks[p]!.sent) continue;
    const inner = env.text.slice(toks[p + 1]!.start, toks[q - 1]!.end);
    const org = kbLookup(env.kb.names, nameKeys(inner)).filter((v) => v.kind !== 'person' && v.kind !== 'country' && v.kind !== 'place' && v.kind !== 'region');
    const steps: string[] = [];
    const e = org.length ? pick(env, org, 'ORG', steps) : null;
    if (!e) continue;
    const before = all.find((m) => m.end <= toks[p]!.start && tokenAt(toks, m.end - 1) === p - 1);
    const d = before?.draft;
    if (!before || d?.person || d?.kb || (d && d.strength >= 2 && d.country !== e.country)) continue;
    const rule = d ? d.rule.replace(/\+context$/, '') + '+bracket' : 'org:bracket';
    before.draft = fromKb(env, e, rule, [...(d?.steps ?? []), `knowledge base: ${e.kb}`, `the name in brackets after it, (${inner}), is its own`]);
    before.draft.strength = 2;
    // the bracketed name itself, whatever the tagger typed it
    const inside = all.find((m) => m.start >= toks[p + 1]!.start && m.end <= toks[q - 1]!.end && m.start <= toks[p + 1]!.end && m.end >= toks[q - 1]!.start);
    if (inside && inside.draft?.kb !== e && !inside.draft?.person) inside.draft = fromKb(env, e, `kb:${e.kind}(in brackets)`, [`knowledge base: ${e.kb}`, `the name in brackets of "${before.text}"`]);
  }
}

/** Particles and prepositions that carry a pronoun (بينها، منها، إنها): no noun. */
const PRONOUN_HOSTS = functionWords('pronoun_hosts');
/** A definite noun (الشؤون، السياسة) or a noun with a possessive pronoun (شؤونها), by its match key. */
function nounBefore(key: string): boolean {
  if (/^([وفب]?ال|لل)../.test(key)) return true;
  const m = /^[وف]?(.+?)(ها|هم|هما)$/.exec(key);
  return m !== null && m[1]!.length >= 3 && !PRONOUN_HOSTS.has(m[1]!);
}

/** `data/actors/pronoun-countries.json`: possessives naming an antecedent's country (بلاده) → the sector they give. */
const PRONOUN_COUNTRIES: ReadonlyMap<string, Sector | null> = new Map(
  Object.entries(loadData<{ words: Record<string, string | null> }>('actors/pronoun-countries.json').words).map(([w, sec]) => {
    if (sec !== null && !(SECTORS as readonly string[]).includes(sec)) throw new RasdError('E_MODEL', `data/actors/pronoun-countries.json: unknown sector ${JSON.stringify(sec)} for ${w}`);
    return [wordKey(w), sec as Sector | null];
  }),
);

/** A mention made of one token (its proclitic letters cut): a possessive, a head noun, a word of a name. */
function tokenMention(text: string, t: Tk, cut: number, name: string, draft: Draft): { start: number; end: number; text: string; entity: number | null; name: string; draft: Draft } {
  const start = cutStart(text, t, cut);
  return { start, end: t.end, text: text.slice(start, t.end), entity: null, name, draft };
}

/**
 * Possessives that name the country of an actor told before them (أكد الوزير أن بلاده ترفض، قالت
 * الخارجية إن حكومتها): each becomes a mention of that country (with the sector the word gives), its
 * antecedent the nearest person before it in its sentence, else the nearest state institution there
 * (a country or a place is none: «its country» is said of someone). Appended to `all` — or, after an
 * institution or portfolio that had only the context's country (سلطات بلاده، وزير خارجية بلاده), taken
 * into that mention as its genitive, which gets the antecedent's country (rule `…+pronoun`).
 */
function pronounCountries(env: Env, all: { start: number; end: number; text: string; entity: number | null; name: string; draft: Draft | null }[]): void {
  const toks = env.toks;
  const sorted = all.filter((m) => m.draft?.country).sort((a, b) => a.start - b.start);
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.punct || t.ent >= 0 || t.used) continue;
    const v = t.vars.find((x) => PRONOUN_COUNTRIES.has(x.key));
    if (!v) continue;
    const sector = PRONOUN_COUNTRIES.get(v.key) ?? null;
    // `سلطات بلاده`، `وزير خارجية بلاده`: an institution or portfolio right before the possessive, which
    // had only the context's country, has it for genitive (not across a proclitic: `… لبلاده`)
    const head =
      v.cut === 0 && i > 0 && toks[i - 1]!.sent === t.sent && !toks[i - 1]!.punct
        ? sorted.find((m) => !m.draft!.person && m.draft!.rule.endsWith('+context') && m.end <= t.start && tokenAt(toks, m.end - 1) === i - 1)
        : undefined;
    let ante: (typeof all)[number] | undefined;
    for (let k = sorted.length - 1; k >= 0; k--) {
      const m = sorted[k]!;
      if (m.end > t.start || m === head) continue;
      if (toks[tokenAt(toks, m.start)]!.sent !== t.sent) break;
      if (m.draft!.person) {
        ante = m;
        break;
      }
      // (a country or place is no antecedent: «its country» is said of someone)
      if (m.draft!.sector && STATE_SECTORS.has(m.draft!.sector)) ante ??= m;
    }
    if (!ante) continue;
    const d = ante.draft!;
    if (head && d.country) {
      const h = head.draft!;
      h.steps.push(`${v.key} after it is its genitive: the country of "${ante.text}" (${d.country}), not the context's`);
      h.rule = h.rule.replace(/\+context$/, '+pronoun');
      h.country = d.country;
      h.strength = 2;
      // one mention, «سلطات بلاده»: the possessive is no actor of its own beside it
      head.end = t.end;
      head.text = env.text.slice(head.start, t.end);
      continue;
    }
    all.push(
      tokenMention(env.text, t, v.cut, '', { country: d.country, sector, code: null, name: '', role: null, kb: null, rule: 'pronoun', steps: [`${v.key}: the country of "${ante.text}" told before it (${d.country})`], strength: 1 }),
    );
  }
}

/** `data/actors/function-words.json` anaphoric_heads: head nouns of organisation names the article may use alone (الحركة). */
const ANAPHORIC_HEADS = functionWords('anaphoric_heads');
/** How many sentences back a definite head noun looks for the organisation it stands for. */
const DEFINITE_COREF_SENTENCES = 6;

/**
 * A definite head noun standing alone for the organisation named before it (حركة حماس … وقالت
 * «الحركة»، النقابة الوطنية للصحفيين التونسيين … ودعت «النقابة»): the same actor, when the nearest
 * earlier mention whose name starts with that noun is within a few sentences. A noun with a definite
 * adjective after it (الحركة الاحتجاجية) is a description of its own, not a reference.
 */
function definiteCoref(env: Env, all: { start: number; end: number; text: string; entity: number | null; name: string; draft: Draft | null }[]): void {
  const toks = env.toks;
  // the mention each token starts (organisations and institutions with a country or sector)
  const startsAt = new Map<number, number>();
  const covered = new Uint8Array(toks.length);
  all.forEach((m, k) => {
    const a = tokenAt(toks, m.start);
    for (let x = a; x < toks.length && toks[x]!.start < m.end; x++) covered[x] = 1;
    if (m.draft && !m.draft.person && (m.draft.country || m.draft.sector) && !startsAt.has(a)) startsAt.set(a, k);
  });
  const headOf = (t: Tk): { head: string; definite: boolean; cut: number } | null => {
    for (const v of t.vars) {
      const definite = v.key.startsWith('ال');
      const bare = definite ? v.key.slice(2) : v.key;
      if (ANAPHORIC_HEADS.has(bare)) return { head: bare, definite, cut: v.cut };
    }
    return null;
  };
  // per head noun, the last organisation named with it: its mention, or -1 when the linker knows it
  // not (حركة شباب التغيير: a nearer unknown حركة, to which «الحركة» may refer as well)
  const last = new Map<string, { ante: number; sent: number }>();
  const added: typeof all = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.punct) continue;
    const h = headOf(t);
    if (!h) continue;
    if (covered[i] || t.ent >= 0) {
      const k = startsAt.get(i);
      // a head noun that is an institution of its own (النقابة: a union is its country's) still stands
      // for the organisation of that head named before it
      const seen = last.get(h.head);
      const m = k !== undefined ? all[k]! : null;
      if (m && h.definite && m.draft?.rule === 'institution+context' && m.end <= t.end && seen && seen.ante >= 0 && t.sent - seen.sent <= DEFINITE_COREF_SENTENCES) {
        all[k!] = corefMention(env, t, h.cut, all[seen.ante]!);
        last.set(h.head, { ante: seen.ante, sent: t.sent });
        continue;
      }
      last.set(h.head, { ante: k ?? -1, sent: t.sent });
      continue;
    }
    if (!h.definite) {
      // the head noun before a name (حركة «حماس»): that organisation; before other words, one the
      // linker does not know (حركة شباب التغيير)
      const next = i + 1 < toks.length ? toks[i + 1]! : null;
      if (next && !next.punct) last.set(h.head, { ante: startsAt.get(i + 1) ?? -1, sent: t.sent });
      continue;
    }
    // a description of its own (الحركة الاحتجاجية), the genitive of a noun (حرية الحركة), or a rank
    // before a name (اللواء أمير برعام) is no reference
    const next = i + 1 < toks.length && !toks[i + 1]!.punct ? toks[i + 1]! : null;
    if (next && (GENITIVE_AL.test(next.key) || (next.ent >= 0 && env.entities[next.ent]?.type === 'PER'))) continue;
    const prev = i > 0 && !toks[i - 1]!.punct ? toks[i - 1]! : null;
    if (prev && !GENITIVE_AL.test(prev.key) && /ه$/.test(prev.key) && prev.key.length > 2) continue;
    const seen = last.get(h.head);
    if (!seen || seen.ante < 0 || t.sent - seen.sent > DEFINITE_COREF_SENTENCES) continue;
    added.push(corefMention(env, t, h.cut, all[seen.ante]!));
    last.set(h.head, { ante: seen.ante, sent: t.sent });
  }
  all.push(...added);
}

/** The mention of a definite head noun at `t` standing for the organisation `m` named before it. */
function corefMention(env: Env, t: Tk, cut: number, m: { text: string; name: string; draft: Draft | null }): ReturnType<typeof tokenMention> {
  const d = m.draft!;
  // (the copied draft keeps the antecedent's entry and actor, so the mention gets its key)
  const steps = [`«${env.text.slice(cutStart(env.text, t, cut), t.end)}» stands for "${m.text}" named before it`, ...d.steps];
  return tokenMention(env.text, t, cut, d.name || m.name || m.text, { ...d, rule: `coref:definite(${d.rule})`, steps, strength: 1 });
}

/** Nameless actor phrases: knowledge-base names the tagger missed, institutions, titles and group nouns with their nisbas. */
function nominalMentions(env: Env): { a: number; b: number; cut: number; draft: Draft }[] {
  const out: { a: number; b: number; cut: number; draft: Draft }[] = [];
  const toks = env.toks;
  // open: not an entity's, not punctuation; free: also not a person's title chain (organisations and
  // institutions named inside a title — `رئيس أركان جيش الاحتلال` — are still mentions of their own)
  const open = (i: number): boolean => i < toks.length && toks[i]!.ent < 0 && !toks[i]!.punct;
  const free = (i: number): boolean => open(i) && !toks[i]!.used;
  for (let i = 0; i < toks.length; ) {
    if (!open(i)) {
      i++;
      continue;
    }
    const steps: string[] = [];
    const m = env.kbAt.get(i);
    if (m) {
      let end = m.b;
      let ok = true;
      for (let j = i; j < m.b; j++) if (!open(j)) ok = false;
      // an organisation's name that ends in a place or person the tagger marked (حكومة إقليم «كردستان»،
      // جماعة «حقاني»): the organisation
      const lastEnt = toks[m.b - 1]!.ent;
      const lastType = lastEnt >= 0 ? env.entities[lastEnt]?.type : undefined;
      let endsInEntity = !ok && (lastType === 'LOC' || lastType === 'PER') && (m.b >= toks.length || toks[m.b]!.ent !== lastEnt);
      // (the place at the end, every word before it open: حكومة إقليم «كردستان»)
      for (let j = i; j < m.b && endsInEntity; j++) if (toks[j]!.ent !== lastEnt && !open(j)) endsInEntity = false;
      const orgs = endsInEntity ? m.vals.filter((v) => v.kind !== 'person' && v.kind !== 'country' && v.kind !== 'place' && v.kind !== 'region') : [];
      const e = ok ? pick(env, m.vals, 'ANY', steps) : orgs.length ? pick(env, orgs, 'ANY', steps) : null;
      if (e && !ok) steps.push(`a longer name than the ${lastType === 'PER' ? 'person' : 'place'} the tagger marked at its end`);
      if (e && e.kind === 'person' && !toks[i]!.used) {
        // a full name in the knowledge base that the tagger missed: linked as a person (title chain included)
        const start = cutStart(env.text, toks[i]!, m.cut);
        const ent: Entity = { start, end: toks[end - 1]!.end, type: 'PER', text: env.text.slice(start, toks[end - 1]!.end), name: e.name, tokens: { start: toks[i]!.start, end: toks[end - 1]!.end } };
        const d = linkPerson(env, ent, i, end);
        d.steps.unshift('a knowledge-base name the tagger did not mark');
        out.push({ a: i, b: end, cut: m.cut, draft: d });
      } else if (e && e.kind !== 'region' && e.kind !== 'person' && e.kind !== 'country' && e.kind !== 'place' && e.kind !== 'alias' && open(end) && !toks[end]!.nisba && NISBA_SHAPE.test(toks[end]!.key)) {
        // `حزب العمل الكردستاني`: the name goes on with an adjective naming no country, another
        // organisation of the same kind (composeOrg)
        steps.push(`a longer name than ${e.kb}: "${env.text.slice(toks[end]!.start, toks[end]!.end)}" goes on after it`);
        const country = e.sector === 'IGO' ? null : contextCountry(env, toks[i]!.sent, false, steps, i, end + 1);
        if (country || e.sector) out.push({ a: i, b: end + 1, cut: m.cut, draft: { country, sector: e.sector, code: null, name: '', role: null, kb: null, rule: 'longer-name+context', steps, strength: 1 } });
        i = end + 1;
        continue;
      } else if (e && e.kind !== 'region' && e.kind !== 'person') {
        steps.unshift(`knowledge base: ${e.kb}`);
        const d = fromKb(env, e, `kb:${e.kind}`, steps);
        // `الاحتلال الفرنسي`, `جيش الاحتلال الإسرائيلي`: a nisba right after an alias names the country
        const nis = e.kind !== 'country' && e.kind !== 'place' && open(end) ? toks[end]!.nisba : null;
        if (nis && (e.kind === 'alias' || nis !== d.country)) {
          otherCountry(d, nis, steps);
          if (nis === d.country && !d.rule.endsWith('+nisba')) d.rule += '+nisba';
          end++;
          while (end < toks.length && toks[end]!.tail) end++;
        }
        out.push({ a: i, b: end, cut: m.cut, draft: d });
      }
      i = end;
      continue;
    }
    const lex = env.lex.at(i);
    const item = lex?.vals.find((v) => (v.kind === 'institution' || v.kind === 'title') && v.sector);
    // `شؤونها الداخلية`, `السياسة الخارجية`: a one-word institution written as a nisba adjective (ـية)
    // right after a definite or possessed noun is that noun's adjective, not the ministry (not a title:
    // `التقى الرئيس`, whose verb starts with ال too)
    const oneWord = lex?.b === i + 1;
    const adjective =
      (oneWord && item?.kind === 'institution' && i > 0 && open(i - 1) && /^ال.+يه$/.test(toks[i]!.key) && nounBefore(toks[i - 1]!.key)) ||
      // `الأمن المائي`: security as a concern
      (oneWord && open(i + 1) && toks[i]!.vars.some((v) => conceptBefore(v.key, toks[i + 1]!.key)));
    if (lex && item && !adjective && (item.kind === 'institution' || free(i))) {
      const avail = item.kind === 'institution' ? open : free;
      const mods = readModifiers(env, lex.b, 3, avail, item.sector, { names: true, adjectives: 'skip' }, steps);
      const { kbE } = mods;
      // … or a place the tagger marked, right after the institution (حكومة لبنان، شرطة دبي)
      const genitive = !mods.country && item.kind === 'institution' && mods.end === lex.b ? genitivePlace(env, lex.b, open, steps) : null;
      // … or a country after في (وزارة الخارجية في الولايات المتحدة)
      const inCountry = !mods.country && !genitive && item.kind === 'institution' ? countryAfterIn(env, mods.end, steps) : null;
      let country = mods.country ?? genitive ?? inCountry;
      const sector = mods.sector;
      let j = mods.end;
      let kbIn: KbEntry | null = null;
      // … or the known institution a title runs into (المفتش العام «للقوات المسلحة» + الملكية: the
      // title's words end inside the name of Morocco's army): its country, and the mention runs to its end
      if (!country && item.kind === 'title') {
        for (let k = i + 1; k < lex.b && !country; k++) {
          const km = env.kbAt.get(k);
          const org = km && km.b > lex.b ? km.vals.find((v) => v.kind !== 'person' && v.kind !== 'region' && v.kind !== 'country' && v.kind !== 'place' && v.country) : undefined;
          if (!km || !org) continue;
          country = org.country;
          kbIn = org;
          j = Math.max(j, km.b);
          steps.push(`the title runs into ${org.kb} (${org.country})`);
        }
      }
      // a minister named by portfolio (وزير الداخلية) is the context's, as an institution is; a bare
      // title (الرئيس، رئيسة الوزراء) could be any state's
      const portfolioTitle = item.kind === 'title' && lex.b > i + 1 && toks[i]!.vars.some((v) => env.kb.portfolioHeads.has(v.key));
      // … and a definite plural institution (الأجهزة الأمنية: the security services the story is
      // about) as a singular one does; an indefinite one (أجهزة أمنية) names none without its nisba
      const definitePlural = item.definiteContext === true && toks[i]!.vars.some((v) => v.cut === 0 && v.key.startsWith('ال'));
      if (((item.needsCountry && !definitePlural) || (item.kind === 'title' && !portfolioTitle) || toks[i]!.used || !(STATE_SECTORS.has(sector!) || item.domestic)) && !country) {
        // a plural or generic noun (`الجيوش`), a bare title (`الرئيس`, `صحفي`), an institution inside a
        // person's title or of civil society (`المنظمة`; not a union, `النقابة`, which is its country's),
        // none naming a country of its own: no actor of its own (the context would guess)
        i = j;
        continue;
      }
      if (toks[i]!.used && lex.vals.some((v) => v.kind === 'portfolio')) {
        // `وزير الخارجية الكويتي …`: the portfolio of a person's title, not a mention of the ministry
        i = j;
        continue;
      }
      if (item.kind === 'title' && env.kbAt.get(j)?.vals.some((v) => v.kind === 'person')) {
        // the title of a known person the tagger did not mark: the person's mention carries it (an
        // organisation named inside the title is still scanned: `رئيس أركان جيش الاحتلال أفيف كوخافي`)
        i = lex.b;
        continue;
      }
      steps.unshift(`${item.kind} ${item.name} → ${sector}`);
      let rule = `${item.kind}${genitive ? '+genitive' : inCountry ? '+in-country' : country ? (kbE || kbIn ? '+kb' : '+nisba') : '+context'}`;
      if (!country) country = contextCountry(env, toks[i]!.sent, false, steps, i, j);
      if (country) {
        out.push({
          a: i,
          b: j,
          cut: lex.cut,
          draft: { country, sector, code: null, name: '', role: item.kind === 'title' ? item.role ?? item.name : null, kb: kbE ?? kbIn, rule, steps, strength: rule.endsWith('context') ? 1 : 2 },
        });
      }
      i = j;
      continue;
    }
    const words = free(i) ? wordsOf(env.kb, toks[i]!) : [];
    const noun = words.find((w) => w.kind === 'groupNoun');
    if (noun) {
      const mods = readModifiers(env, i + 1, 4, free, noun.sector, { names: false, adjectives: 'sector' }, steps);
      let { country, end: j } = mods;
      const sector = mods.sector;
      steps.unshift(`group noun ${noun.name}${noun.sector ? ` → ${noun.sector}` : ''}`);
      // without a nisba, an indefinite group noun is more often an adjective (`ممر إرهابي`) than a
      // group: only a definite one (`المسلحين`) or a counted one (`5 مسلحين`) is taken
      const counted = i > 0 && toks[i - 1]!.key.length > 0 && /^[0-9٠-٩]/.test(toks[i - 1]!.key);
      if (!country && !toks[i]!.vars.some((v) => v.key.startsWith('ال')) && !counted) {
        i = Math.max(j, i + 1);
        continue;
      }
      // … and a definite singular one right after a definite noun that names no actor is its adjective
      // (`الهجوم الإرهابي`، `العمل المسلح`), no group
      const prevDefiniteNoun =
        i > 0 &&
        toks[i - 1]!.sent === toks[i]!.sent &&
        toks[i - 1]!.vars.some((v) => v.key.startsWith('ال')) &&
        !wordsOf(env.kb, toks[i - 1]!).length &&
        !toks[i - 1]!.used;
      if (!country && prevDefiniteNoun && !toks[i]!.vars.some((v) => /(ين|ون|ات)$/.test(v.key))) {
        i = Math.max(j, i + 1);
        continue;
      }
      if (country || sector) {
        let rule = country ? 'group+nisba' : 'group+context';
        // `وضعت القوات الإسرائيلية دباباتها … كما استخدم الجنود الغاز`: a bare group of a state's
        // personnel (MIL, COP; `personnel` in sectors.json) is of the force of that sector named last, up
        // to two sentences before, not of the article's main country (not `القوة`, which may be power:
        // `أوراق القوة`)
        if (!country && noun.personnel && (sector === 'MIL' || sector === 'COP')) {
          for (let o = out.length - 1; o >= 0; o--) {
            const d = out[o]!;
            if (toks[i]!.sent - toks[d.a]!.sent > 2) break;
            if (d.draft.sector === sector && d.draft.country && d.draft.rule !== 'group+context' && d.draft.rule !== 'group+antecedent') {
              country = d.draft.country;
              rule = 'group+antecedent';
              steps.push(`the ${sector} named last before it: «${env.text.slice(toks[d.a]!.start, toks[d.b - 1]!.end)}» (${country})`);
              break;
            }
          }
        }
        if (!country) country = contextCountry(env, toks[i]!.sent, false, steps, i, j);
        if (country) {
          out.push({ a: i, b: j, cut: toks[i]!.vars[0]!.cut, draft: { country, sector, code: null, name: '', role: null, kb: null, rule, steps, strength: rule === 'group+nisba' ? 2 : 1 } });
          // `المسؤولين المغاربة والإسرائيليين`: a coordinated nisba is a second actor of the same kind
          while (j < toks.length && free(j) && toks[j]!.vars.some((v) => v.cut > 0) && country) {
            const c2 = toks[j]!.nisba;
            if (!c2) break;
            out.push({
              a: j,
              b: j + 1,
              cut: 1,
              draft: { country: c2, sector, code: null, name: '', role: null, kb: null, rule: 'group+coordinated-nisba', steps: [`coordinated with the group noun ${noun.name}: (${c2})`], strength: 2 },
            });
            j++;
          }
        }
      }
      i = Math.max(j, i + 1);
      continue;
    }
    i++;
  }
  return out;
}

/**
 * Links the entities and nameless actor phrases of a document to actors.
 * @returns the actor mentions in text order (entity mentions carry their entity index)
 */
export function linkActors(doc: Doc, ctx: Context, kb: Kb): ActorMention[] {
  const text = doc.text;
  const tokens = doc.layers.tokens ?? [];
  const sentences = doc.layers.sentences ?? [];
  const entities = doc.layers.entities ?? [];
  const toks = buildTokens(kb, tokens, sentences);
  const entToks = entities.map((e, k) => {
    const a = tokenAt(toks, e.start);
    let b = a;
    while (b < toks.length && toks[b]!.start < e.end) {
      toks[b]!.ent = k;
      b++;
    }
    return { a, b };
  });
  markNisbas(kb, toks);
  // (an accusative nisba spelt as its country's name is no mention of the country: 15 جنديا «تركيا»)
  const accusative = new Set<number>();
  const accusativeAt = accusativeNisbas(kb, toks);
  for (const [i, c] of accusativeAt) {
    const k = toks[i]!.ent;
    if (k >= 0 && entToks[k]!.b - entToks[k]!.a === 1) accusative.add(k);
    if (k < 0 || entToks[k]!.b - entToks[k]!.a === 1) {
      toks[i]!.ent = -1;
      toks[i]!.nisba = c;
    }
  }
  const lex = new MatchMemo(kb.lexicon, toks, FIRST_LEXICON);
  const names = new MatchMemo(kb.names, toks, FIRST_NAME);
  const counts = countCountries(kb, toks, Math.max(1, sentences.length), names);
  for (const i of accusativeAt.keys()) if (counts.kbAt.get(i)?.b === i + 1) counts.kbAt.delete(i);
  for (const m of counts.kbAt.values()) for (let i = m.a; i < m.b; i++) toks[i]!.covered = true;
  const ref = ctx.referenceDate ?? doc.meta.published;
  const env: Env = {
    text,
    kb,
    toks,
    entities,
    entToks,
    docCounts: counts.doc,
    docCountry: mainCountry(counts.doc),
    sentCountries: counts.sent,
    year: ref && /^\d{4}/.test(ref) ? Number(ref.slice(0, 4)) : null,
    kbAt: counts.kbAt,
    placeAt: new Map(),
    lex,
    names,
  };

  const drafts: (Draft | null)[] = entities.map((e, k) => {
    const { a, b } = entToks[k]!;
    if (a >= b || accusative.has(k) || notNameHere(toks, a, b)) return null;
    // a known person's full name around a shorter entity (`بني غانتس` where the tagger marked
    // `غانتس` as a place): the person
    for (let x = Math.max(0, a - 3); x <= a; x++) {
      const m = counts.kbAt.get(x);
      if (!m || m.b < b || m.b - m.a <= b - a || !m.vals.some((v) => v.kind === 'person')) continue;
      // the name's first word may be a title the knowledge base wrote into it (`الملك` of `الملك محمد
      // السادس`): the title chain is then read from the entity's own start
      const titled = env.lex.at(m.a, a)?.vals.some((v) => v.kind === 'title') ?? false;
      const d = linkPerson(env, { ...e, name: m.vals.find((v) => v.kind === 'person')!.name }, titled ? a : m.a, Math.max(b, m.b));
      d.steps.unshift(`inside the known name "${text.slice(toks[m.a]!.start, toks[m.b - 1]!.end)}"`);
      if (e.type !== 'PER') d.rule += `(typed ${e.type})`;
      for (let i = b; i < m.b; i++) toks[i]!.used = true;
      return d;
    }
    // a region's name that ends in the entity (`مضيق هرمز`, where the tagger marked `هرمز` as a person;
    // `مضيق جبل طارق`, `جبل طارق` as a place): a place of no one country, no actor
    for (let x = Math.max(0, a - 3); x < a; x++) {
      const m = counts.kbAt.get(x);
      if (m && m.b === b && m.vals.some((v) => v.kind === 'region')) return null;
    }
    // a country's longer name from the entity's first word on (the tagger marked `غينيا` of `غينيا
    // الاستوائية`): that country; so for an organisation the tagger cut short (`البنك الأفريقي` of
    // `البنك الأفريقي للتنمية`)
    const longer = counts.kbAt.get(a);
    const known = longer && longer.b > b && e.type !== 'PER' ? longer.vals.find((v) => v.kind === 'country') ?? (e.type === 'ORG' ? longer.vals.find((v) => v.kb.startsWith('org:')) : undefined) : undefined;
    if (known) {
      const steps = [`knowledge base: ${known.kb}`, `the longer name "${text.slice(toks[a]!.start, toks[longer!.b - 1]!.end)}" from the entity's start`];
      for (let i = b; i < longer!.b; i++) toks[i]!.used = true;
      return fromKb(env, known, `kb:${known.kind}`, steps);
    }
    // a name of two words or more that the knowledge base knows as a country or place and as no
    // person, tagged a person (`بيونغ يانغ`, `أبو ظبي`): the place
    if (e.type === 'PER' && b - a >= 2) {
      const hit = kbLookup(kb.names, nameKeys(e.name));
      const place = hit.some((v) => v.kind === 'person') ? undefined : hit.find((v) => v.kind === 'country' || v.kind === 'place');
      if (place) return fromKb(env, place, `kb:${place.kind}(typed PER)`, [`knowledge base: ${place.kb}`, 'a place the tagger marked as a person']);
    }
    if (e.type === 'PER') return linkPerson(env, e, a, b);
    if (e.type === 'LOC') return linkPlace(env, e, a, b);
    return linkOrg(env, e, a, b);
  });

  entities.forEach((e, k) => {
    const d = drafts[k];
    // (with no proclitic: ولبنان is coordinated, not a genitive)
    if (e.type === 'LOC' && d?.country && !d.sector && e.start === toks[entToks[k]!.a]!.start) env.placeAt.set(entToks[k]!.a, d);
  });
  const nominal = nominalMentions(env);
  // every mention as one list: entities first, then the nameless phrases
  const all: { start: number; end: number; text: string; entity: number | null; name: string; draft: Draft | null }[] = entities.map((e, k) => ({
    start: e.start,
    end: e.end,
    text: e.text,
    entity: k,
    name: e.name,
    draft: drafts[k] ?? null,
  }));
  for (const n of nominal) {
    const start = cutStart(text, toks[n.a]!, n.cut);
    const end = toks[n.b - 1]!.end;
    all.push({ start, end, text: text.slice(start, end), entity: null, name: n.draft.person ? n.draft.name : text.slice(start, end), draft: n.draft });
  }

  // coreference of person names
  const pers: PerMention[] = [];
  all.forEach((m, k) => {
    if (m.draft?.person) pers.push({ idx: k, keys: nameKeys(m.name), letters: m.name.split(/[\s_]+/).filter(Boolean).map(normalizeLetters), start: m.start, draft: m.draft, cluster: -1 });
  });
  const keyOf = new Map<number, string>();
  for (const [id, members] of corefPersons(pers)) {
    const head = [...members].sort((x, y) => y.keys.length - x.keys.length || x.idx - y.idx)[0]!;
    if (!head.draft.kb && head.keys.length > 1 && !head.keys.some((k) => NOT_IN_NAMES.has(k))) {
      // the article writes the full name and the knowledge base does not know it: a short form that
      // matched a known person (`أسبر` of `عزيز أسبر` ≠ Mark Esper) is someone else
      for (const m of members) {
        if (m.draft.kb && m.draft.rule.startsWith('kb:person-short')) {
          m.draft.steps.push(`not ${m.draft.kb.kb}: the article's full name "${all[head.idx]!.name}" is not that person's`);
          Object.assign(m.draft, { kb: null, country: head.draft.country, sector: head.draft.sector, role: head.draft.role, strength: 1, rule: 'per:short-name-of-unknown' });
        }
      }
    }
    const best = [...members].sort((x, y) => y.draft.strength - x.draft.strength || x.idx - y.idx)[0]!;
    const sector = best.draft.sector ?? members.find((m) => m.draft.sector)?.draft.sector ?? null;
    const role = best.draft.role ?? members.find((m) => m.draft.role)?.draft.role ?? null;
    const name = best.draft.kb ? best.draft.name : all[head.idx]!.name;
    for (const m of members) {
      keyOf.set(m.idx, best.draft.kb ? best.draft.kb.kb : `per:${id}:${head.keys.join(' ')}`);
      if (members.length === 1) {
        if (!m.draft.kb) m.draft.name = all[m.idx]!.name;
        continue;
      }
      if (m !== best && best.draft.strength > m.draft.strength) {
        m.draft.steps.push(`coreference: same person as "${all[best.idx]!.name}" (${best.draft.rule})`);
        m.draft.rule = `coref(${best.draft.rule})`;
        m.draft.country = best.draft.country;
        m.draft.kb = best.draft.kb;
        m.draft.strength = best.draft.strength;
      }
      m.draft.sector = m.draft.sector ?? sector;
      if (best.draft.strength >= m.draft.strength) m.draft.sector = best.draft.sector ?? m.draft.sector;
      m.draft.role = role;
      m.draft.name = name;
    }
  }

  // name parts the tagger did not mark (`وتأتي زيارة بلخير …` after `الجنرال بلخير الفاروق`): a
  // word of a well-identified person's full name, found alone, is that person
  const partOf = new Map<string, number | null>(); // name part → index into `all` of its cluster's best mention (null: shared)
  // the family names (last words) of those names: they stand for the person even when common (`وزار
  // أحمد إريتريا` after `أبي أحمد`), written without a proclitic — not a name that is also a common word
  // (`غير صالح للشرب` in an article on علي عبد الله صالح: function-words.json word_names)
  const familyNames = new Set<string>();
  for (const p of pers) {
    if (p.draft.strength < 2 || p.keys.length < 2) continue;
    const best = pers.filter((q) => q.cluster === p.cluster).sort((x, y) => y.draft.strength - x.draft.strength || x.idx - y.idx)[0]!;
    familyNames.add(p.keys[p.keys.length - 1]!);
    for (const k of p.keys) {
      if (NAME_PARTICLES.has(k) || ORDINALS.has(k) || k.length < 4 || kb.words.has(k) || kb.lexicon.has(k) || trieGet(kb.names, [k]).length || kb.nisbas.has(withoutAl(k))) continue;
      const prev = partOf.get(k);
      if (prev === undefined) partOf.set(k, best.idx);
      else if (prev !== null && pers.find((q) => q.idx === prev)?.cluster !== p.cluster) partOf.set(k, null);
    }
  }
  const taken = new Set<number>();
  if (partOf.size) for (const m of all) for (let i = tokenAt(toks, m.start); i < toks.length && toks[i]!.start < m.end; i++) taken.add(i);
  for (let i = 0; partOf.size && i < toks.length; i++) {
    const t = toks[i]!;
    if (taken.has(i) || t.ent >= 0 || t.punct) continue;
    const v = t.vars.find((x) => partOf.get(x.key) != null);
    if (!v) continue;
    // only a rare word stands for the person on its own (`بلخير`, not `صالح` in `لصالح القرار`)
    // (… or when a verb of speech or meeting has it for subject: `تلقى سلام اتصالا` after `تمام سلام`)
    const afterVerb = i > 0 && !toks[i - 1]!.punct && toks[i - 1]!.sent === t.sent && toks[i - 1]!.vars.some((x) => NAME_VERBS.has(x.key));
    if (!(v.cut === 0 && familyNames.has(v.key) && (!WORD_NAMES.has(v.key) || afterVerb)) && !rareName(normalizeLetters(text.slice(cutStart(text, t, v.cut), t.end)))) continue;
    const src = all[partOf.get(v.key)!]!;
    const d = src.draft!;
    keyOf.set(all.length, keyOf.get(partOf.get(v.key)!) ?? d.kb?.kb ?? `per:${src.name}`);
    all.push(tokenMention(text, t, v.cut, d.name, { ...d, rule: `coref:name-part(${d.rule})`, steps: [`a word of the name "${src.name}" found alone (the tagger did not mark it)`, ...d.steps] }));
  }

  // مجموعة الأمن الداخلي (لخويا): a known organisation's name in brackets names the one before it
  bracketNames(env, all);
  // بلاده، حكومتها: a possessive naming the country of the actor told before it
  pronounCountries(env, all);
  // الحركة، النقابة: a definite head noun for the organisation named before it
  definiteCoref(env, all);

  const out: ActorMention[] = [];
  all.forEach((m, k) => {
    const d = m.draft;
    if (!d || (!d.country && !d.sector)) return;
    if (!d.name) d.name = m.name;
    countryName(env, d);
    const actor = toActor(d);
    const key = keyOf.get(k) ?? (!d.person && !d.sector && d.country && (!d.kb || d.kb.kind === 'country' || d.kb.kind === 'place') ? `country:${d.country}` : d.kb?.kb ?? actor.id);
    // (the titles of the mention itself, not of the one a coreferent copy took its draft from)
    const t = d.titles ? { start: env.toks[d.titles.a]!.start, end: env.toks[d.titles.b - 1]!.end } : null;
    const titles = t && t.start <= m.start && m.end <= t.end && (t.start < m.start || m.end < t.end) ? { titles: t } : {};
    out.push({ start: m.start, end: m.end, text: m.text, entity: m.entity, actor, rule: d.rule, kb: d.kb?.kb ?? null, steps: d.steps, key, ...titles });
  });
  return out.sort((x, y) => x.start - y.start || x.end - y.end);
}
