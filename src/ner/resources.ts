/**
 * The resource files the NER features read — word clusters (`data/ner/clusters.tsv`, from
 * `npm run train:clusters`) and gazetteers (`data/ner/gazetteers.json`, from
 * `npm run build:gazetteers`) — loaded once, with a hash of each so that a model trained with other
 * files is refused.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../data.ts';
import { RasdError } from '../errors.ts';
import { parseClusters } from './clusters.ts';
import { parseEmbClusters } from './embclusters.ts';
import { compileGazetteers, gazetteerStarts, matchGazetteers, parseGazetteerFile, type GazetteerStarts } from './gazetteer.ts';

export interface NerResources {
  readonly clusters: ReadonlyMap<string, string>;
  /** Word key → embedding cluster ids (64, 256, 1024), or null when not used. */
  readonly emb: ReadonlyMap<string, Uint16Array> | null;
  /** Word key → count in the unlabelled news (the clusters file's third column; words seen ≥ 3 times). */
  readonly counts: ReadonlyMap<string, number>;
  readonly gazetteer: ((keys: readonly string[], starts?: readonly (GazetteerStarts | undefined)[]) => Uint32Array) | null;
  /** Where gazetteer matches of a word key may start (kept by the tagger per word), or null. */
  readonly gazetteerStarts: ((key: string) => GazetteerStarts) | null;
  /** Single-word gazetteer names (countries, cities, other places, person names, organisations). */
  readonly singleNames: ReadonlySet<string>;
  /** Resource name → sha256 (first 16 hex digits) of the file used; absent when not used. */
  readonly hashes: Readonly<Record<string, string>>;
}

export interface ResourceOptions {
  readonly clusters?: boolean;
  readonly gazetteers?: boolean;
  readonly embeddings?: boolean;
  readonly embPath?: string;
  /** Other files than the committed ones (tests). */
  readonly clustersPath?: string;
  readonly gazetteersPath?: string;
}

export const CLUSTERS_PATH = join(PROJECT_ROOT, 'data', 'ner', 'clusters.tsv');
export const GAZETTEERS_PATH = join(PROJECT_ROOT, 'data', 'ner', 'gazetteers.json');
export const EMBCLUSTERS_PATH = join(PROJECT_ROOT, 'data', 'ner', 'embclusters.tsv');

/** Gazetteer classes whose single-word entries are names (not nisbas, titles or head words). */
const NAME_CLASSES = ['country', 'city', 'loc_other', 'person_first', 'person_last', 'person', 'org'] as const;

function sha(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/**
 * Loads the resources (each may be switched off, for ablations).
 * @throws RasdError E_MODEL naming the file when one is corrupt
 */
export function loadNerResources(opts: ResourceOptions = {}): NerResources {
  try {
    return loadUnchecked(opts);
  } catch (err) {
    if (err instanceof RasdError) throw err;
    throw new RasdError('E_MODEL', `NER resource file is corrupt: ${(err as Error).message}; rebuild it (npm run train:clusters / npm run train:embeddings / npm run build:gazetteers) and retrain (npm run train:ner)`, { cause: err });
  }
}

function loadUnchecked(opts: ResourceOptions): NerResources {
  const hashes: Record<string, string> = {};
  let clusters: Map<string, string> = new Map();
  const counts = new Map<string, number>();
  const cPath = opts.clustersPath ?? CLUSTERS_PATH;
  const gPath = opts.gazetteersPath ?? GAZETTEERS_PATH;
  if (opts.clusters !== false && existsSync(cPath)) {
    const text = readFileSync(cPath, 'utf8');
    try {
      clusters = parseClusters(text, counts);
    } catch (err) {
      throw new Error(`${cPath}: ${(err as Error).message}`);
    }
    hashes.clusters = sha(text);
  }
  let gazetteer: NerResources['gazetteer'] = null;
  let starts: NerResources['gazetteerStarts'] = null;
  const singleNames = new Set<string>();
  if (opts.gazetteers !== false && existsSync(gPath)) {
    const text = readFileSync(gPath, 'utf8');
    const file = parseGazetteerFile(text, gPath);
    const gaz = compileGazetteers(file.classes);
    for (const cls of NAME_CLASSES) for (const e of file.classes[cls] ?? []) if (!e.includes(' ')) singleNames.add(e);
    gazetteer = (keys, known) => matchGazetteers(keys, gaz, known);
    starts = (key) => gazetteerStarts(key, gaz);
    hashes.gazetteers = sha(text);
  }
  let emb: Map<string, Uint16Array> | null = null;
  const ePath = opts.embPath ?? EMBCLUSTERS_PATH;
  if (opts.embeddings !== false && existsSync(ePath)) {
    const text = readFileSync(ePath, 'utf8');
    try {
      emb = parseEmbClusters(text);
    } catch (err) {
      throw new Error(`${ePath}: ${(err as Error).message}`);
    }
    hashes.embclusters = sha(text);
  }
  return { clusters, emb, counts, gazetteer, gazetteerStarts: starts, singleNames, hashes };
}
