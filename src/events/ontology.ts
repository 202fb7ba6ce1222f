/**
 * The event ontology and trigger lexicon of issue #6, as data (`data/events/`):
 * - `plover.json` — the 16 PLOVER event types with their modes and the PLOVER contexts;
 * - `cameo.json` — every CAMEO code with its name, the published Goldstein score and the closest
 *   PLOVER type (and mode);
 * - `triggers.json` — the Arabic trigger lexicon: per trigger sense its PLOVER type, mode and CAMEO
 *   code, its surface forms and multi-word phrases, how its arguments are usually found, and the
 *   contexts in which it is no political event; and the modality cues.
 *
 * This module loads and cross-checks the three files (every reference must resolve); the event
 * coder that uses them is the rest of issue #6.
 */
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../data.ts';
import { RasdError } from '../errors.ts';

export const PLOVER_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const;
export type PloverType = (typeof PLOVER_TYPES)[number];

export interface PloverMode {
  readonly mode: string;
  readonly description: string;
  readonly unofficial?: boolean;
}
export interface PloverTypeDef {
  readonly type: PloverType;
  readonly description: string;
  readonly modes: readonly PloverMode[];
}
export interface CameoCode {
  readonly code: string;
  readonly name: string;
  readonly goldstein: number;
  readonly goldstein_uncertain?: boolean;
  /** The GDELT quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
  readonly quad_class?: number;
  readonly plover: { readonly type: PloverType; readonly mode?: string | null } | null;
}
export interface Trigger {
  readonly id: string;
  readonly type: PloverType;
  readonly mode?: string | null;
  readonly cameo?: string | null;
  readonly lemmas?: readonly string[];
  readonly forms?: readonly string[];
  /** Multi-word triggers: each position a list of alternatives. */
  readonly phrases?: readonly (readonly (string | readonly string[])[])[];
  /** How many other tokens may stand between consecutive phrase positions (default 0). */
  readonly phrase_gap?: number;
  readonly ambiguous?: boolean;
  /** The trigger counts only with one of these words within `window` tokens. */
  readonly requires?: ContextFilter | null;
  /** Contexts in which the trigger is no political event. */
  readonly not_when?: readonly ContextFilter[];
  readonly args?: TriggerArgs;
  /** Prior probability that a match is a real event of this type. */
  readonly confidence?: number;
  /** A noun naming the event's people (متظاهرين): a weak cue, kept only as a subject or genitive. */
  readonly participant_noun?: boolean;
  /** Every form is a verbal noun (انتشارا): a noun even with no ال, preposition or ة to show it. */
  readonly verbal_noun?: boolean;
  /** The event is kept only with a target (a judgement of wrongdoing accuses someone, or it is no event). */
  readonly needs_target?: boolean;
  readonly note?: string;
}
export interface ContextFilter {
  readonly near: readonly string[];
  readonly window?: number;
  readonly side?: 'before' | 'after' | 'both';
  readonly note?: string;
}
export interface TriggerArgs {
  readonly source?: string;
  readonly target?: string;
  /** Prepositions that mark the target (`على`, `ضد`, `مع`, `إلى`, `ل`, `ب` …). */
  readonly target_preps?: readonly string[];
  readonly both_sides?: string;
  readonly passive?: string;
  /** The syntactic subject is the target (استقبل: the host). */
  readonly inverted?: boolean;
  /** Head words of a phrase that invert it (تلقى اتصالا من X: X is the caller). */
  readonly inverted_with?: readonly string[];
  /** Where the genitive after a verbal noun belongs (default by type, data/events/syntax.json). */
  readonly genitive?: 'source' | 'target';
  /**
   * The subject or genitive is what underwent the act, never its agent (سيارة انفجرت، انفجار عبوة):
   * the source is only an agent the text marks (من قبل، على يد، تبنته …).
   */
  readonly undergoer_subject?: boolean;
}
export interface Ontology {
  readonly types: ReadonlyMap<PloverType, PloverTypeDef>;
  readonly cameo: ReadonlyMap<string, CameoCode>;
  readonly triggers: readonly Trigger[];
  readonly modalityCues: Readonly<Record<string, readonly string[]>>;
  /** Claim words that make an event reported only when the cited source is not the actor (حسب، وفق). */
  readonly attributionOnly: readonly string[];
  readonly purposeAdverbs: readonly string[];
  readonly neverStrip: readonly string[];
}

function read<T>(dir: string, name: string): T {
  const file = path.join(dir, name);
  if (!existsSync(file)) throw new RasdError('E_MODEL', `event ontology file ${file} is missing`);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch (e) {
    throw new RasdError('E_MODEL', `event ontology file ${file} is not valid JSON: ${(e as Error).message}`);
  }
}

const TYPE_SET = new Set<string>(PLOVER_TYPES);

/**
 * Loads `data/events/` and checks it: the 16 PLOVER types each defined once; CAMEO codes of 2–4
 * digits, unique, with Goldstein scores in [-10, 10] and PLOVER types that exist; triggers with
 * unique ids whose type, mode and CAMEO code exist.
 * @throws RasdError E_MODEL naming the file and the entry at the first inconsistency
 */
export function loadOntology(dir = path.join(PROJECT_ROOT, 'data', 'events')): Ontology {
  const bad = (file: string, msg: string): never => {
    throw new RasdError('E_MODEL', `data/events/${file}: ${msg}`);
  };
  const pf = read<{ types: PloverTypeDef[] }>(dir, 'plover.json');
  const types = new Map<PloverType, PloverTypeDef>();
  for (const t of pf.types ?? []) {
    if (!TYPE_SET.has(t.type)) bad('plover.json', `unknown PLOVER type ${JSON.stringify(t.type)}`);
    if (types.has(t.type)) bad('plover.json', `type ${t.type} defined twice`);
    types.set(t.type, t);
  }
  for (const t of PLOVER_TYPES) if (!types.has(t)) bad('plover.json', `type ${t} is missing`);

  const cf = read<{ codes: CameoCode[] }>(dir, 'cameo.json');
  const cameo = new Map<string, CameoCode>();
  for (const c of cf.codes ?? []) {
    if (!/^\d{2,4}$/.test(c.code)) bad('cameo.json', `code ${JSON.stringify(c.code)} is not 2–4 digits`);
    if (cameo.has(c.code)) bad('cameo.json', `code ${c.code} listed twice`);
    if (typeof c.goldstein !== 'number' || c.goldstein < -10 || c.goldstein > 10) bad('cameo.json', `code ${c.code}: Goldstein ${c.goldstein} is not in [-10, 10]`);
    if (c.plover && !types.has(c.plover.type)) bad('cameo.json', `code ${c.code}: unknown PLOVER type ${c.plover.type}`);
    cameo.set(c.code, c);
  }

  const tf = read<{
    triggers: Trigger[];
    modality_cues?: Record<string, string[]>;
    modality_notes?: { reported_attribution_only?: string[] };
    purpose_adverbs?: string[];
    never_strip?: string[];
  }>(dir, 'triggers.json');
  const ids = new Set<string>();
  for (const t of tf.triggers ?? []) {
    if (ids.has(t.id)) bad('triggers.json', `trigger id ${t.id} used twice`);
    ids.add(t.id);
    const def = types.get(t.type);
    if (!def) bad('triggers.json', `trigger ${t.id}: unknown PLOVER type ${JSON.stringify(t.type)}`);
    if (t.cameo && !cameo.has(t.cameo)) bad('triggers.json', `trigger ${t.id}: unknown CAMEO code ${t.cameo}`);
    if (!(t.forms?.length || t.phrases?.length)) bad('triggers.json', `trigger ${t.id} has no forms or phrases`);
  }
  return {
    types,
    cameo,
    triggers: tf.triggers ?? [],
    modalityCues: tf.modality_cues ?? {},
    attributionOnly: tf.modality_notes?.reported_attribution_only ?? [],
    purposeAdverbs: tf.purpose_adverbs ?? [],
    neverStrip: tf.never_strip ?? [],
  };
}
