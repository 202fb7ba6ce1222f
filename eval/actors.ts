/**
 * `npm run eval:actors`: actor-linking accuracy on annotated articles — dev-gold
 * (`$RASD_DATA/dev-gold/`, 60 articles), our own set (`eval/gold/time/`, 24 articles written for
 * evaluation, annotated to the same guidelines), and a held-out set (`eval/gold/actors/`: real
 * articles of `$RASD_DATA/news/` annotated blind to rasd's output, never used while developing; the
 * gold files name the articles, whose texts stay in the shared data).
 *
 * Every gold entity (a distinct surface form per article, with the country and sector the annotator
 * gave it) is looked up in the article (title and body; proclitics and match normalisation allowed)
 * and its actor compared, in two modes:
 * - **gold mentions**: the entity layer is replaced by the gold mentions (every occurrence, with the
 *   gold type), so the figure measures the linker alone;
 * - **end to end**: rasd's own entities; a gold entity counts as found when rasd tagged an entity
 *   with the same normalised name, and its actor is that entity's first occurrence's.
 * Country and sector accuracy are given on linked mentions (those rasd gave an actor), which is the
 * issue's target, and on all found mentions (an unlinked mention then counts as country null and
 * sector null, right only when the gold says null).
 *
 *   --verbose   list every wrong country or sector
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PROJECT_ROOT } from '../src/data.ts';
import { withLayer, requireLayer } from '../src/doc/doc.ts';
import type { Doc, Entity, EntityType } from '../src/doc/types.ts';
import { sharedDataFile, missingDataMessage } from '../src/shared-data.ts';
import { linkActors, keyVariants, cutStart } from '../src/actors/link.ts';
import { defaultKb, nameKeys } from '../src/actors/kb.ts';
import type { Actor } from '../src/actors/types.ts';
import { wordKey } from '../src/ner/keys.ts';
import { articleDoc, loadGoldSet } from './sets.ts';

interface GoldEntity { text: string; type: EntityType; country: string | null; sector: string | null }
interface GoldFile { id: string; dct: string; entities: GoldEntity[] }
interface Article { id: string; title: string | null; text: string; published: string | null }

export interface Tally {
  gold: number;
  found: number;
  linked: number;
  countryOkLinked: number;
  sectorOkLinked: number;
  countryOkFound: number;
  sectorOkFound: number;
}
const tally = (): Tally => ({ gold: 0, found: 0, linked: 0, countryOkLinked: 0, sectorOkLinked: 0, countryOkFound: 0, sectorOkFound: 0 });

export interface ActorEvalSet {
  name: string;
  articles: number;
  gold: Tally;
  e2e: Tally;
  byType: Record<string, { gold: Tally; e2e: Tally }>;
  misses: string[];
}

const loadSet = (dir: string): { a: Article; g: GoldFile }[] => loadGoldSet<Article, GoldFile>(dir);

/**
 * A set whose gold files name their article by id and source file (`source_file`) under
 * `$RASD_DATA/news/`: the texts stay in the shared data and are read from there.
 * @returns the pairs, or null when the shared news is not there
 */
function loadSharedSet(dir: string): { a: Article; g: GoldFile }[] | null {
  const news = sharedDataFile('news');
  if (!news) return null;
  const golds = readdirSync(path.join(dir, 'gold'))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(path.join(dir, 'gold', f), 'utf8')) as GoldFile & { source_file: string });
  const wanted = new Map<string, Set<string>>();
  for (const g of golds) (wanted.get(g.source_file) ?? wanted.set(g.source_file, new Set()).get(g.source_file)!).add(g.id);
  const found = new Map<string, Article>();
  for (const [file, ids] of wanted) {
    const p = path.join(news, file);
    if (!existsSync(p)) continue;
    for (const line of readFileSync(p, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const r = JSON.parse(line) as Article & { first_line?: string };
      if (ids.has(r.id)) found.set(r.id, { id: r.id, title: r.title ?? null, text: r.text, published: r.published ?? null });
    }
  }
  return golds.filter((g) => found.has(g.id)).map((g) => ({ a: found.get(g.id)!, g }));
}

/** The article as one Doc (title as the first paragraph), analysed up to entities. */
const docOf = (a: Article, dct: string): Doc => articleDoc(a, dct, ['tokenize', 'sentences', 'ner']);

/** Every occurrence of a gold name in the Doc, as entity spans (proclitics outside). */
function occurrences(doc: Doc, g: GoldEntity): Entity[] {
  const toks = requireLayer(doc, 'tokens');
  const keys = nameKeys(g.text);
  const out: Entity[] = [];
  if (!keys.length) return out;
  for (let i = 0; i + keys.length <= toks.length; i++) {
    const first = keyVariants(wordKey(toks[i]!.text)).find((v) => v.key === keys[0] || (keys[0]!.startsWith('ال') && v.key === keys[0]));
    if (!first) continue;
    let ok = true;
    for (let j = 1; j < keys.length && ok; j++) ok = wordKey(toks[i + j]!.text) === keys[j];
    if (!ok) continue;
    const start = cutStart(doc.text, toks[i]!, first.cut);
    const end = toks[i + keys.length - 1]!.end;
    const text = doc.text.slice(start, end);
    out.push({ start, end, type: g.type, text, name: g.text, tokens: { start: toks[i]!.start, end } });
  }
  return out;
}

function score(t: Tally, g: GoldEntity, actor: Actor | null | undefined, found: boolean): { country: boolean; sector: boolean } {
  t.gold++;
  if (!found) return { country: false, sector: false };
  t.found++;
  const country = (actor?.country ?? null) === (g.country ?? null);
  const sector = (actor?.sector ?? null) === (g.sector ?? null);
  if (country) t.countryOkFound++;
  if (sector) t.sectorOkFound++;
  if (actor) {
    t.linked++;
    if (country) t.countryOkLinked++;
    if (sector) t.sectorOkLinked++;
  }
  return { country, sector };
}

function evalSet(name: string, pairs: { a: Article; g: GoldFile }[]): ActorEvalSet {
  const kb = defaultKb();
  const res: ActorEvalSet = { name, articles: 0, gold: tally(), e2e: tally(), byType: {}, misses: [] };
  for (const { a, g } of pairs) {
    res.articles++;
    const dct = g.dct;
    const base = docOf(a, dct);
    // gold mentions
    const golds = g.entities.filter((e) => e.type === 'PER' || e.type === 'ORG' || e.type === 'LOC');
    const occ = golds.map((e) => occurrences(base, e));
    const spans: Entity[] = [];
    const taken = new Set<number>();
    // longer names first so that `الجيش السوري الحر` keeps its tokens from `الجيش السوري`
    const order = golds.map((_, i) => i).sort((x, y) => nameKeys(golds[y]!.text).length - nameKeys(golds[x]!.text).length);
    const firstOf = new Map<number, Entity>();
    for (const gi of order) {
      for (const e of occ[gi]!) {
        let clash = false;
        for (let p = e.start; p < e.end && !clash; p++) if (taken.has(p)) clash = true;
        if (clash) continue;
        for (let p = e.start; p < e.end; p++) taken.add(p);
        spans.push(e);
        const f = firstOf.get(gi);
        if (!f || e.start < f.start) firstOf.set(gi, e);
      }
    }
    spans.sort((x, y) => x.start - y.start);
    const goldDoc = withLayer(base, 'entities', spans);
    const goldLinks = linkActors(goldDoc, { referenceDate: dct }, kb);
    const actorAt = new Map<number, Actor>();
    const ruleAt = new Map<number, string>();
    for (const m of goldLinks) {
      if (m.entity === null) continue;
      actorAt.set(spans[m.entity]!.start, m.actor);
      ruleAt.set(spans[m.entity]!.start, m.rule);
    }
    // end to end
    const e2eLinks = linkActors(base, { referenceDate: dct }, kb);
    const ents = requireLayer(base, 'entities');
    const e2eByName = new Map<string, Actor | null>();
    ents.forEach((e, k) => {
      const key = nameKeys(e.name).join(' ');
      if (!e2eByName.has(key)) e2eByName.set(key, e2eLinks.find((m) => m.entity === k)?.actor ?? null);
    });
    golds.forEach((ge, gi) => {
      const t = (res.byType[ge.type] ??= { gold: tally(), e2e: tally() });
      const first = firstOf.get(gi);
      const ga = first ? actorAt.get(first.start) ?? null : null;
      const r1 = score(res.gold, ge, ga, !!first);
      score(t.gold, ge, ga, !!first);
      if (first && (!r1.country || !r1.sector)) {
        res.misses.push(`${a.id} ${ge.type} ${ge.text}: gold ${ge.country ?? '-'}/${ge.sector ?? '-'}, rasd ${ga ? `${ga.country ?? '-'}/${ga.sector ?? '-'} (${ruleAt.get(first.start)})` : 'unlinked'}`);
      }
      const k = nameKeys(ge.text).join(' ');
      const found = e2eByName.has(k);
      score(res.e2e, ge, e2eByName.get(k) ?? null, found);
      score(t.e2e, ge, e2eByName.get(k) ?? null, found);
    });
  }
  return res;
}

export function runActorEval(): ActorEvalSet[] {
  const sets: ActorEvalSet[] = [];
  const dev = sharedDataFile('dev-gold');
  if (dev && existsSync(path.join(dev, 'articles.jsonl'))) sets.push(evalSet('dev-gold', loadSet(dev)));
  const own = path.join(PROJECT_ROOT, 'eval', 'gold', 'time');
  if (existsSync(path.join(own, 'articles.jsonl'))) sets.push(evalSet('eval/gold/time', loadSet(own)));
  const held = path.join(PROJECT_ROOT, 'eval', 'gold', 'actors');
  const heldPairs = existsSync(path.join(held, 'gold')) ? loadSharedSet(held) : null;
  if (heldPairs?.length) sets.push(evalSet('eval/gold/actors (held out)', heldPairs));
  return sets;
}

const pct = (a: number, b: number): string => (b ? ((100 * a) / b).toFixed(1) : '—');

export function formatTally(t: Tally): string {
  return `linked ${t.linked}/${t.found} found (${pct(t.linked, t.found)}%) · on linked: country ${pct(t.countryOkLinked, t.linked)} sector ${pct(t.sectorOkLinked, t.linked)} · on found: country ${pct(t.countryOkFound, t.found)} sector ${pct(t.sectorOkFound, t.found)}`;
}

function addTally(a: Tally, b: Tally): Tally {
  const out = tally();
  for (const k of Object.keys(out) as (keyof Tally)[]) out[k] = a[k] + b[k];
  return out;
}

export function formatActorSummary(sets: readonly ActorEvalSet[]): string[] {
  if (!sets.length) return [missingDataMessage('dev-gold')];
  const out: string[] = [];
  const perOrg = (s: ActorEvalSet, mode: 'gold' | 'e2e'): Tally => ['PER', 'ORG'].reduce((t, k) => (s.byType[k] ? addTally(t, s.byType[k]![mode]) : t), tally());
  for (const s of sets) {
    out.push(`${s.name} (${s.articles} articles, ${s.gold.gold} gold entities)`);
    out.push(`  gold mentions: ${formatTally(s.gold)}`);
    out.push(`  end to end:    ${formatTally(s.e2e)}`);
    // places always have sector null on both sides: the stricter figure leaves them out
    const g = perOrg(s, 'gold');
    const e = perOrg(s, 'e2e');
    out.push(`  persons and organisations only, on linked: gold mentions country ${pct(g.countryOkLinked, g.linked)} sector ${pct(g.sectorOkLinked, g.linked)} · end to end country ${pct(e.countryOkLinked, e.linked)} sector ${pct(e.sectorOkLinked, e.linked)}`);
  }
  if (sets.length > 1) {
    const g = sets.reduce((t, s) => addTally(t, s.gold), tally());
    const e = sets.reduce((t, s) => addTally(t, s.e2e), tally());
    out.push(`all sets (${sets.reduce((n, s) => n + s.articles, 0)} articles, ${g.gold} gold entities; eval/gold/time was written and annotated by the project, so this is not an independent figure)`);
    out.push(`  gold mentions: ${formatTally(g)}`);
    out.push(`  end to end:    ${formatTally(e)}`);
  }
  return out;
}

function main(): void {
  const verbose = process.argv.includes('--verbose');
  const sets = runActorEval();
  for (const line of formatActorSummary(sets)) console.log(line);
  for (const s of sets) {
    console.log(`\n${s.name} by type (gold mentions | end to end):`);
    for (const [t, v] of Object.entries(s.byType)) console.log(`  ${t.padEnd(4)} ${formatTally(v.gold)}\n       ${formatTally(v.e2e)}`);
    if (verbose) for (const m of s.misses) console.log(`  ${m}`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
