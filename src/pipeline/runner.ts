import type { Context, Doc } from '../doc/types.ts';
import { RasdError } from '../errors.ts';
import { checkBudget, type TimeBudget } from './budget.ts';
import { getComponent, validatePipeline } from './registry.ts';
import './components.ts';

/** The default pipeline, in order. Events (#6) come next. */
export const DEFAULT_PIPELINE: readonly string[] = ['tokenize', 'sentences', 'timex', 'ner', 'actors', 'events'];

/** Reading + segmenting only (what `npm run bench` measures against its 2,000 articles/s target). */
export const SEGMENT_PIPELINE: readonly string[] = ['tokenize', 'sentences'];

/** Options of {@link runPipeline}. */
export interface RunOptions {
  /** The article's time budget, checked after every stage (none: no check). */
  budget?: TimeBudget;
  /** The input's label for errors. */
  item?: string;
}

/**
 * Runs the named components over a Doc in order. Each must return a Doc that carries the
 * layers it declared; a component that breaks its contract raises E_PIPELINE. With a budget, the
 * time spent is checked after each stage: `E_TIMEOUT` (naming the stage) once it is spent.
 */
export function runPipeline(doc: Doc, ctx: Context, names: readonly string[] = DEFAULT_PIPELINE, options: RunOptions = {}): Doc {
  validatePipeline(names, Object.keys(doc.layers) as (keyof Doc['layers'])[]);
  const { budget, item } = options;
  let current = doc;
  for (const name of names) {
    const c = getComponent(name);
    const next = c.run(current, ctx);
    if (budget) checkBudget(budget, name, item);
    if (!next || typeof next.text !== 'string' || next.text !== current.text) {
      throw new RasdError('E_PIPELINE', `component "${name}" did not return a Doc over the same text`);
    }
    for (const layer of c.assigns) {
      if (next.layers[layer] === undefined) throw new RasdError('E_PIPELINE', `component "${name}" did not assign layer "${layer}"`);
    }
    current = next;
  }
  return current;
}
