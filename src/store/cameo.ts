/**
 * CAMEO facts the store needs for event-data exports: the quad class of a code (1 verbal
 * cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict), read from
 * `data/events/cameo.json` (without loading the whole event lexicon).
 */
import { loadData } from '../data.ts';

let quads: Map<string, number> | undefined;

/** The quad class of a CAMEO code, falling back to its parent codes; 0 when unknown. */
export function cameoQuad(code: string): number {
  quads ??= new Map(loadData<{ codes: { code: string; quad_class?: number }[] }>('events/cameo.json').codes.map((c) => [c.code, c.quad_class ?? 0]));
  for (let c = code; c.length >= 2; c = c.slice(0, -1)) {
    const q = quads.get(c);
    if (q) return q;
  }
  return 0;
}
