/**
 * The actor knowledge base (issue #5): who is who, as data files in `data/actors/`, compiled once
 * into lookup tables keyed by word keys (`wordKey`: the match view of the text, so hamza forms of
 * alef, ة/ه, ى/ي, diacritics and tatweel never matter).
 *
 * Files (formats in docs/actors.md):
 * - `countries.json` — every ISO 3166-1 entry: names, capital, nisba adjectives (built by
 *   `npm run build:actors` from the shared country gazetteer);
 * - `places.json` — hand-curated additions per country (variants, nisbas, capital, cities, regions)
 *   and the place names shared by two countries (`ambiguous`);
 * - `regions.json` — supranational regions (أوروبا, الشرق الأوسط …): places with no country;
 * - `organisations.json` — IGOs, armed groups, parties, media, companies, named institutions;
 * - `people.json` — named leaders with country, sector and dated roles;
 * - `aliases.json` — epithets and metonymies of the press (جيش الاحتلال, البيت الأبيض …);
 * - `sectors.json` — the sector lexicon: institution nouns, titles, sector adjectives, group nouns,
 *   ministry portfolios;
 * - `polities.json` — form-of-state adjectives (`الملكية`) and the countries of each form;
 * - `needs-entity.json` — one-word names that are mostly ordinary words in the news (`بانه`/`بأنه`),
 *   linked only where the NER tagger marks a name (built by `npm run build:actors:words`).
 */
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../data.ts';
import { wordKey } from '../ner/keys.ts';
import { RasdError } from '../errors.ts';
import { SECTORS, type Sector } from './types.ts';

export type KbKind =
  | 'country'
  | 'place'
  | 'region'
  | 'igo'
  | 'group'
  | 'party'
  | 'movement'
  | 'media'
  | 'business'
  | 'ngo'
  | 'institution'
  | 'religious'
  | 'edu'
  | 'alias'
  | 'person';

export interface KbRole {
  readonly role: string;
  readonly from: number | null;
  readonly to: number | null;
  /** The sector the role's title gives (`رئيس أركان الجيش` MIL, `وزير الدفاع` GOV), or null. */
  readonly sector: Sector | null;
}

/** One knowledge-base entry. */
export interface KbEntry {
  /** `country:MAR`, `place:MAR:الرباط`, `org:un`, `person:donald-trump`, `alias:جيش الاحتلال` (an alias or region by its first name) … */
  readonly kb: string;
  readonly kind: KbKind;
  /** The canonical (first) name. */
  readonly name: string;
  readonly country: string | null;
  readonly sector: Sector | null;
  /** A short organisation code (`UNO`, `HEZ`), or null. */
  readonly code: string | null;
  readonly roles: readonly KbRole[];
  readonly note: string | null;
}

/** A sector-lexicon item: an institution noun, title, portfolio … */
export interface LexItem {
  readonly kind: 'institution' | 'title' | 'portfolio' | 'adjective' | 'groupNoun';
  readonly name: string;
  readonly sector: Sector | null;
  readonly role: string | null;
  /** A plural or generic institution noun (`الجيوش`, `أجهزة الاستخبارات`): an actor only with its own nisba or country. */
  readonly needsCountry?: boolean;
  /** …except in its definite form, which takes the article's country as a singular institution does (`الأجهزة الأمنية`). */
  readonly definiteContext?: boolean;
  /** A group noun of a state's personnel (`الجنود`, `رجال الشرطة`): with no nisba, the force of its sector named last before it. */
  readonly personnel?: boolean;
  /**
   * A body of civil society that is the country's where it acts (`النقابة`, `التنسيقية`): with no nisba
   * it takes the article's country as a state institution does (other civil society needs its own).
   */
  readonly domestic?: boolean;
}

/** Bits of `Kb.first`: what a word key can start. */
export const FIRST_NAME = 1;
export const FIRST_LEXICON = 2;
export const FIRST_NISBA = 4;
export const FIRST_NISBA_PHRASE = 8;
export const FIRST_WORD = 16;
export const FIRST_POLITY = 32;

const FILTER_SIZE = 1 << 16;
/**
 * A cheap hash of a key (its first two letters, last letter and length) into the filter: most words of
 * a text start nothing in the knowledge base, and the filter says so without touching the large tables.
 */
export function filterHash(k: string): number {
  const n = k.length;
  if (n === 0) return 0;
  return (k.charCodeAt(0) * 961 + (n > 1 ? k.charCodeAt(1) : 0) * 31 + k.charCodeAt(n - 1) + n * 7919) & (FILTER_SIZE - 1);
}

/** A trie over word keys: `get(first)` then `next`. */
export interface TrieNode<T> {
  vals: T[];
  next: Map<string, TrieNode<T>> | null;
}
export type Trie<T> = Map<string, TrieNode<T>>;

export interface Kb {
  /** Names of countries, places, regions, organisations, aliases and people (full names). */
  readonly names: Trie<KbEntry>;
  /** Single-word or short forms of people (`ترامب`), used only for person mentions. */
  readonly shortNames: ReadonlyMap<string, readonly KbEntry[]>;
  /** Nisba adjective, indefinite and definite (`مغربي`, `المغربي`, `الماني`, `الالماني`) → country code. */
  readonly nisbas: ReadonlyMap<string, string>;
  /** Two-word nisbas (`كوري شمالي`, `الكوري الشمالي`, `جنوب أفريقي`) → country code. */
  readonly nisbaPhrases: Trie<string>;
  /** Places of two or more countries (`طرابلس`, `عمان`): key → country codes. */
  readonly ambiguous: ReadonlyMap<string, readonly string[]>;
  /** Vowelled spellings that settle an ambiguous place (`عمّان` Amman, `عُمان` Oman): key → spelling and country. */
  readonly ambiguousSpellings: ReadonlyMap<string, readonly { form: string; country: string }[]>;
  /** Institution nouns, titles, portfolios (multi-word). */
  readonly lexicon: Trie<LexItem>;
  /** Sector adjectives and group nouns (single words; keys with ال and without). */
  readonly words: ReadonlyMap<string, readonly LexItem[]>;
  readonly countries: ReadonlyMap<string, KbEntry>;
  /** Every entry by its id (`org:un`, `person:donald-trump`, `place:MAR:الرباط` …). */
  readonly byId: ReadonlyMap<string, KbEntry>;
  /**
   * Every word key that can start something in the tables above, with what it can start (the `FIRST_*`
   * bits): one lookup tells the linker that most words of a text start nothing.
   */
  readonly first: ReadonlyMap<string, number>;
  /** A 64 K-entry filter over `first` (`filterHash`): a 0 means the key is surely not there. */
  readonly firstFilter: Uint8Array;
  /** One-word names that are mostly ordinary words (`needs-entity.json`): linked only inside a tagged entity. */
  readonly needsEntity: ReadonlySet<string>;
  /** Form-of-state adjectives (`ملكيه`, `الملكيه`) → the countries of that form. */
  readonly polities: ReadonlyMap<string, ReadonlySet<string>>;
  /** Title words a ministry's portfolio follows (`وزير`, `الوزيره`; keys with ال and without): a minister named by portfolio. */
  readonly portfolioHeads: ReadonlySet<string>;
  readonly size: Readonly<Record<string, number>>;
}

const SECTOR_SET = new Set<string>(SECTORS);

/** The word keys of a name (split on white space; `حزب_الله` style underscores as spaces). */
export function nameKeys(name: string): string[] {
  return name
    .replace(/_/g, ' ')
    .split(/\s+/)
    .map((w) => wordKey(w.replace(/^[«"'(#@]+|[»"')]+$/g, '')))
    .filter(Boolean);
}

export function trieAdd<T>(trie: Trie<T>, keys: readonly string[], val: T): void {
  if (keys.length === 0) return;
  let node = trie.get(keys[0]!);
  if (!node) trie.set(keys[0]!, (node = { vals: [], next: null }));
  for (let i = 1; i < keys.length; i++) {
    node.next ??= new Map();
    let n = node.next.get(keys[i]!);
    if (!n) node.next.set(keys[i]!, (n = { vals: [], next: null }));
    node = n;
  }
  if (!node.vals.includes(val)) node.vals.push(val);
}

/** The values stored under exactly these keys, or an empty list. */
export function trieGet<T>(trie: Trie<T>, keys: readonly string[]): readonly T[] {
  let node = trie.get(keys[0] ?? '');
  for (let i = 1; node && i < keys.length; i++) node = node.next?.get(keys[i]!);
  return node?.vals ?? [];
}

function sector(s: unknown, where: string): Sector | null {
  if (s === null || s === undefined) return null;
  if (typeof s !== 'string' || !SECTOR_SET.has(s)) throw new RasdError('E_MODEL', `${where}: unknown sector ${JSON.stringify(s)}`);
  return s as Sector;
}
const iso = (c: unknown, where: string): string | null => {
  if (c === null || c === undefined) return null;
  if (typeof c !== 'string' || !/^[A-Z]{3}$/.test(c)) throw new RasdError('E_MODEL', `${where}: bad country code ${JSON.stringify(c)}`);
  return c;
};
const strs = (x: unknown): string[] => (Array.isArray(x) ? x.filter((s): s is string => typeof s === 'string' && s.trim() !== '') : []);

interface CountriesFile { countries: { iso3: string; names: string[]; capital: string | null; nisbas: string[]; un_member: boolean }[] }
interface PlacesFile {
  countries?: Record<string, { names?: string[]; nisbas?: string[]; capital?: string | null; places?: string[] }>;
  ambiguous?: { name: string; candidates: string[]; spellings?: Record<string, string>; note?: string }[];
}
interface RegionsFile { regions: { names: string[]; note?: string }[] }
interface OrgFile { entries: { id: string; kind: string; names: string[]; country: string | null; sector: string | null; code?: string | null; note?: string; needs_entity?: string[] }[] }
interface PeopleFile {
  entries: { id: string; names: string[]; short?: string[]; country: string | null; sector: string | null; roles?: { role: string; from?: number | null; to?: number | null }[]; note?: string }[];
}
interface AliasFile { entries: { names: string[]; country: string | null; sector: string | null; note?: string }[] }
interface PolitiesFile { forms: { form: string; words: string[]; countries: string[] }[] }
interface SectorsFile {
  institutions?: { names: string[]; sector: string | null; role?: string | null; needsCountry?: boolean; definiteContext?: boolean; domestic?: boolean }[];
  titles?: { names: string[]; sector: string | null; role?: string | null }[];
  portfolios?: { names: string[]; sector: string | null; role?: string | null }[];
  adjectives?: { names: string[]; sector: string | null }[];
  groupNouns?: { names: string[]; sector: string | null }[];
  portfolioHeads?: string[];
}

const ORG_KINDS = new Set<KbKind>(['igo', 'group', 'party', 'movement', 'media', 'business', 'ngo', 'institution', 'religious', 'edu']);

/** Reads `data/actors/<name>`; a missing optional file is an empty one. */
function readJson<T>(dir: string, name: string, required: boolean): T | null {
  const file = path.join(dir, name);
  if (!existsSync(file)) {
    if (required) throw new RasdError('E_MODEL', `actor knowledge base file ${file} is missing`);
    return null;
  }
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch (e) {
    throw new RasdError('E_MODEL', `actor knowledge base file ${file} is not valid JSON: ${(e as Error).message}`);
  }
}

/** The sector of the title a role starts with (`رئيس أركان الجيش الإسرائيلي` → MIL), by the lexicon. */
function titleSector(lexicon: Trie<LexItem>, role: string): Sector | null {
  const keys = nameKeys(role);
  let node = lexicon.get(keys[0] ?? '');
  let best: Sector | null = null;
  for (let i = 1; node; i++) {
    const t = node.vals.find((v) => (v.kind === 'title' || v.kind === 'institution') && v.sector);
    // only a title of two words or more is specific enough (`رئيس أركان`; not `نائب` of `نائب الرئيس`)
    if (t && i >= 2) best = t.sector;
    if (i >= keys.length) break;
    node = node.next?.get(keys[i]!);
  }
  return best;
}

/** Strips a leading ال from a key (`المغربي` → `مغربي`); keys of three letters or fewer are kept. */
export function withoutAl(k: string): string {
  return k.startsWith('ال') && k.length > 4 ? k.slice(2) : k;
}

/**
 * Loads and compiles the knowledge base from a folder (default `data/actors/`).
 * @throws RasdError E_MODEL when a file is missing, malformed or uses an unknown code
 */
export function loadKb(dir = path.join(PROJECT_ROOT, 'data', 'actors')): Kb {
  const names: Trie<KbEntry> = new Map();
  const shortNames = new Map<string, KbEntry[]>();
  const nisbas = new Map<string, string>();
  const nisbaConflicts = new Set<string>();
  const ambiguous = new Map<string, string[]>();
  const ambiguousSpellings = new Map<string, { form: string; country: string }[]>();
  const lexicon: Trie<LexItem> = new Map();
  const words = new Map<string, LexItem[]>();
  const countries = new Map<string, KbEntry>();
  const size: Record<string, number> = {};
  const count = (k: string): void => void (size[k] = (size[k] ?? 0) + 1);
  const byId = new Map<string, KbEntry>();
  const addName = (name: string, e: KbEntry): void => {
    byId.set(e.kb, e);
    const keys = nameKeys(name);
    if (keys.length) trieAdd(names, keys, e);
  };
  const nisbaPhrases: Trie<string> = new Map();
  const addNisba = (form: string, c: string): void => {
    // nisba forms are written indefinite (مغربي، ألماني): stored as they are — never cut an ال off,
    // which would turn ألبان (Albanians) into بان, the key of the common word بأن
    const words = nameKeys(form);
    if (words.length > 1) {
      // indefinite, definite, and the mixed forms the press writes (`الجنوب أفريقي`, `جنوب الأفريقي`)
      trieAdd(nisbaPhrases, words, c);
      trieAdd(nisbaPhrases, words.map((w) => 'ال' + w), c);
      if (words.length === 2) {
        trieAdd(nisbaPhrases, ['ال' + words[0]!, words[1]!], c);
        trieAdd(nisbaPhrases, [words[0]!, 'ال' + words[1]!], c);
      }
      return;
    }
    const k = words[0];
    if (!k) return;
    // the indefinite accusative of a masculine singular (`موقعا عسكريا إسرائيليا`) is a nisba too
    if (k.endsWith('ي') && k.length > 2) addOne(k + 'ا', c);
    addOne(k, c);
  };
  const addOne = (k: string, c: string): void => {
    // the definite form too (`المغربي`), so that the linker looks a word up once, as written
    for (const f of [k, 'ال' + k]) {
      const prev = nisbas.get(f);
      if (prev && prev !== c) nisbaConflicts.add(f);
      else nisbas.set(f, c);
    }
  };

  // countries and their places
  const cf = readJson<CountriesFile>(dir, 'countries.json', true)!;
  const pf = readJson<PlacesFile>(dir, 'places.json', false) ?? {};
  const ambiguousKeys = new Set<string>();
  for (const a of pf.ambiguous ?? []) {
    const k = nameKeys(a.name).join(' ');
    const cs = a.candidates.map((c) => iso(c, `places.json ambiguous ${a.name}`)!);
    ambiguous.set(k, cs);
    ambiguousKeys.add(k);
    const sp = Object.entries(a.spellings ?? {}).map(([form, c]) => {
      const country = iso(c, `places.json ambiguous ${a.name} spelling ${form}`)!;
      if (!cs.includes(country)) throw new RasdError('E_MODEL', `places.json ambiguous ${a.name}: spelling ${form} names ${c}, not one of its candidates`);
      return { form: form.normalize('NFC'), country };
    });
    if (sp.length) ambiguousSpellings.set(k, sp);
  }
  const countryRows = new Map(cf.countries.map((c) => [c.iso3, { ...c, places: [] as string[] }]));
  for (const [code, extra] of Object.entries(pf.countries ?? {})) {
    iso(code, 'places.json');
    let row = countryRows.get(code);
    if (!row) countryRows.set(code, (row = { iso3: code, names: [], capital: null, nisbas: [], un_member: false, places: [] }));
    row.names = [...row.names, ...strs(extra.names)];
    row.nisbas = [...row.nisbas, ...strs(extra.nisbas)];
    if (extra.capital) row.capital = extra.capital;
    row.places = strs(extra.places);
  }
  for (const row of countryRows.values()) {
    const entry: KbEntry = { kb: `country:${row.iso3}`, kind: 'country', name: row.names[0] ?? row.iso3, country: row.iso3, sector: null, code: null, roles: [], note: null };
    countries.set(row.iso3, entry);
    for (const n of new Set(row.names)) {
      if (ambiguousKeys.has(nameKeys(n).join(' '))) continue;
      addName(n, entry);
    }
    count('country');
    const placeNames = new Set([...(row.capital ? [row.capital] : []), ...row.places]);
    for (const p of placeNames) {
      const k = nameKeys(p).join(' ');
      if (ambiguousKeys.has(k)) continue;
      addName(p, { kb: `place:${row.iso3}:${p}`, kind: 'place', name: p, country: row.iso3, sector: null, code: null, roles: [], note: p === row.capital ? 'capital' : null });
      count('place');
    }
    for (const n of row.nisbas) addNisba(n, row.iso3);
  }
  for (const k of nisbaConflicts) nisbas.delete(k);

  const rf = readJson<RegionsFile>(dir, 'regions.json', false);
  (rf?.regions ?? []).forEach((r) => {
    const e: KbEntry = { kb: `region:${r.names[0]!}`, kind: 'region', name: r.names[0]!, country: null, sector: null, code: null, roles: [], note: r.note ?? null };
    for (const n of r.names) addName(n, e);
    count('region');
  });

  const of = readJson<OrgFile>(dir, 'organisations.json', false);
  // one-word names an entry marks as ordinary words too (شل: "paralysed"): linked only when tagged
  const entryNeedsEntity: string[] = [];
  for (const o of of?.entries ?? []) {
    for (const n of o.needs_entity ?? []) entryNeedsEntity.push(...nameKeys(n));
    const kind = (ORG_KINDS.has(o.kind as KbKind) ? o.kind : 'institution') as KbKind;
    const e: KbEntry = {
      kb: `org:${o.id}`,
      kind,
      name: o.names[0]!,
      country: iso(o.country, `organisations.json ${o.id}`),
      sector: sector(o.sector, `organisations.json ${o.id}`),
      code: o.code ?? null,
      roles: [],
      note: o.note ?? null,
    };
    for (const n of o.names) addName(n, e);
    count('organisation');
  }

  const af = readJson<AliasFile>(dir, 'aliases.json', false);
  (af?.entries ?? []).forEach((a) => {
    const e: KbEntry = {
      kb: `alias:${a.names[0]!}`,
      kind: 'alias',
      name: a.names[0]!,
      country: iso(a.country, `aliases.json ${a.names[0]}`),
      sector: sector(a.sector, `aliases.json ${a.names[0]}`),
      code: null,
      roles: [],
      note: a.note ?? null,
    };
    for (const n of a.names) addName(n, e);
    count('alias');
  });

  const sf = readJson<SectorsFile>(dir, 'sectors.json', false) ?? {};
  const addLex = (kind: LexItem['kind'], groups: SectorsFile['institutions'], multi: boolean): void => {
    for (const g of groups ?? []) {
      const sec = sector(g.sector, `sectors.json ${kind} ${g.names[0]}`);
      for (const n of g.names) {
        const item: LexItem = {
          kind,
          name: n,
          sector: sec,
          role: (g as { role?: string | null }).role ?? null,
          ...((g as { needsCountry?: boolean }).needsCountry ? { needsCountry: true } : {}),
          ...((g as { definiteContext?: boolean }).definiteContext ? { definiteContext: true } : {}),
          ...((g as { personnel?: boolean }).personnel ? { personnel: true } : {}),
          ...((g as { domestic?: boolean }).domestic ? { domestic: true } : {}),
        };
        const keys = nameKeys(n);
        if (!keys.length) continue;
        if (multi) trieAdd(lexicon, keys, item);
        else if (keys.length === 1) {
          // as written, and with ال added or taken off, so that the linker looks a word up once
          const k0 = keys[0]!;
          for (const k of new Set([k0, n.trim().startsWith('ال') ? withoutAl(k0) : 'ال' + k0])) {
            const list = words.get(k) ?? [];
            list.push(item);
            words.set(k, list);
          }
        } else trieAdd(lexicon, keys, item);
        count(kind);
      }
    }
  };
  addLex('institution', sf.institutions, true);
  addLex('title', sf.titles, true);
  addLex('portfolio', sf.portfolios, true);
  addLex('adjective', sf.adjectives, false);
  addLex('groupNoun', sf.groupNouns, false);
  const portfolioHeads = new Set<string>();
  for (const n of sf.portfolioHeads ?? []) {
    const keys = nameKeys(n);
    if (keys.length !== 1) throw new RasdError('E_MODEL', `sectors.json portfolioHeads: "${n}" is not one word`);
    portfolioHeads.add(withoutAl(keys[0]!)).add('ال' + withoutAl(keys[0]!));
  }

  const peo = readJson<PeopleFile>(dir, 'people.json', false);
  for (const p of peo?.entries ?? []) {
    const e: KbEntry = {
      kb: `person:${p.id}`,
      kind: 'person',
      name: p.names[0]!,
      country: iso(p.country, `people.json ${p.id}`),
      sector: sector(p.sector, `people.json ${p.id}`),
      code: null,
      roles: (p.roles ?? []).map((r) => ({ role: r.role, from: r.from ?? null, to: r.to ?? null, sector: titleSector(lexicon, r.role) })),
      note: p.note ?? null,
    };
    for (const n of p.names) addName(n, e);
    for (const s of strs(p.short)) {
      const k = nameKeys(s).join(' ');
      const list = shortNames.get(k) ?? [];
      if (!list.includes(e)) list.push(e);
      shortNames.set(k, list);
    }
    count('person');
  }


  const polities = new Map<string, Set<string>>();
  for (const f of readJson<PolitiesFile>(dir, 'polities.json', false)?.forms ?? []) {
    const cs = new Set(f.countries.map((c) => iso(c, `polities.json ${f.form}`)!));
    for (const w of f.words) {
      const k = w.trim().startsWith('ال') ? withoutAl(wordKey(w)) : wordKey(w);
      polities.set(k, cs);
      polities.set('ال' + k, cs);
    }
  }
  const first = new Map<string, number>();
  const mark = (keys: Iterable<string>, bit: number): void => {
    for (const k of keys) first.set(k, (first.get(k) ?? 0) | bit);
  };
  mark(names.keys(), FIRST_NAME);
  mark(lexicon.keys(), FIRST_LEXICON);
  mark(nisbas.keys(), FIRST_NISBA);
  mark(nisbaPhrases.keys(), FIRST_NISBA_PHRASE);
  mark(words.keys(), FIRST_WORD);
  mark(polities.keys(), FIRST_POLITY);
  const firstFilter = new Uint8Array(FILTER_SIZE);
  for (const k of first.keys()) firstFilter[filterHash(k)] = 1;
  const needsEntity = new Set([...(readJson<{ words: { key: string }[] }>(dir, 'needs-entity.json', false)?.words ?? []).map((w) => w.key), ...entryNeedsEntity]);
  size.nisba = nisbas.size;
  return { names, shortNames, nisbas, nisbaPhrases, ambiguous, ambiguousSpellings, lexicon, words, countries, byId, first, firstFilter, needsEntity, polities, portfolioHeads, size };
}

/** The country a nisba form names (one word or two, with or without ال), or null. */
export function nisbaCountry(kb: Kb, form: string): string | null {
  const keys = nameKeys(form);
  if (keys.length === 1) return kb.nisbas.get(keys[0]!) ?? null;
  const hit = trieGet(kb.nisbaPhrases, keys);
  return hit.length === 1 ? hit[0]! : null;
}

let cached: Kb | null = null;
/** The knowledge base of `data/actors/`, loaded on first use. */
export function defaultKb(): Kb {
  return (cached ??= loadKb());
}
