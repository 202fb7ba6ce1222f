/** The UI's calls to the HTTP API (same origin), typed with the store's own types. */
import type { ActorCount, ActorDetail, EventEvidence, SearchResult, StoredArticle, StoredEvent, StoreStats } from '../../src/store/types.ts';

export type { ActorCount, ActorDetail, EventEvidence, SearchResult, StoredArticle, StoredEvent, StoreStats };

export class ApiError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

async function getJson<T>(path: string): Promise<T> {
  const r = await fetch(path, { headers: { accept: 'application/json' } });
  const body = (await r.json()) as T & { error?: { code: string; message: string } };
  if (!r.ok) throw new ApiError(body.error?.code ?? `HTTP ${r.status}`, body.error?.message ?? r.statusText);
  return body;
}

/** A query string from the defined, non-empty values. */
export function qs(params: Record<string, string | number | undefined | null>): string {
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') u.set(k, String(v));
  const s = u.toString();
  return s ? `?${s}` : '';
}

export const api = {
  search: (p: Record<string, string | number | undefined>) => getJson<SearchResult>(`/api/search${qs(p)}`),
  article: (id: string) => getJson<StoredArticle>(`/api/articles/${encodeURIComponent(id)}`),
  events: (p: Record<string, string | number | undefined>) => getJson<{ total: number; events: StoredEvent[] }>(`/api/events${qs(p)}`),
  event: (id: number) => getJson<{ event: StoredEvent; evidence: EventEvidence[] }>(`/api/events/${id}`),
  actors: (limit = 30) => getJson<{ actors: ActorCount[] }>(`/api/actors${qs({ limit })}`),
  actor: (code: string) => getJson<ActorDetail>(`/api/actors/${encodeURIComponent(code)}`),
  timeline: (a: string, b: string) => getJson<{ a: string; b: string; events: StoredEvent[] }>(`/api/dyads/${encodeURIComponent(a)}/${encodeURIComponent(b)}/timeline`),
  stats: () => getJson<StoreStats>('/api/stats'),
};
