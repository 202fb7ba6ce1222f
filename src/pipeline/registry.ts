import type { Context, Doc, LayerName } from '../doc/types.ts';
import { RasdError } from '../errors.ts';

/**
 * A pipeline stage: a pure function `(doc, ctx) => doc` that reads the layers it `requires`
 * and adds the layers it `assigns`. No I/O, no clock: everything it needs comes in `ctx`.
 */
export interface Component {
  readonly name: string;
  readonly requires: readonly LayerName[];
  readonly assigns: readonly LayerName[];
  /** One line on what the stage does, shown by `rasd pipeline`. */
  readonly description: string;
  readonly run: (doc: Doc, ctx: Context) => Doc;
}

const REGISTRY = new Map<string, Component>();

/** Registers a component under its name; registering a name twice is a programming error. */
export function registerComponent(component: Component): void {
  if (REGISTRY.has(component.name)) throw new Error(`component "${component.name}" is registered twice`);
  REGISTRY.set(component.name, Object.freeze({ ...component }));
}

export function getComponent(name: string): Component {
  const c = REGISTRY.get(name);
  if (!c) throw new RasdError('E_PIPELINE', `no component named "${name}" (known: ${[...REGISTRY.keys()].join(', ')})`);
  return c;
}

export function listComponents(): Component[] {
  return [...REGISTRY.values()];
}

/**
 * Checks that each stage's required layers are assigned by an earlier stage or present
 * from the start (`initial`), as spaCy's pipe analysis does. Throws E_PIPELINE otherwise.
 */
export function validatePipeline(names: readonly string[], initial: readonly LayerName[]): void {
  const have = new Set<LayerName>(initial);
  for (const name of names) {
    const c = getComponent(name);
    const missing = c.requires.filter((l) => !have.has(l));
    if (missing.length > 0) {
      throw new RasdError('E_PIPELINE', `component "${name}" requires ${missing.join(', ')}, which no earlier component assigns`);
    }
    c.assigns.forEach((l) => have.add(l));
  }
}
