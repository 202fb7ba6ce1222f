/**
 * The HTTP API (Hono, with zod schemas that validate requests and describe the API as OpenAPI at
 * `/openapi.json`). A thin shell over the library and the `Store`: every answer is what the CLI
 * would print as JSON, every error `{"error": {"code", "message"}}` with the CLI's codes, never a
 * stack trace. `createApp` builds the app without a socket, so tests call `app.request()`.
 */
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import { serveStatic } from '@hono/node-server/serve-static';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createHash, timingSafeEqual } from 'node:crypto';
import { analyze } from '../analyze.ts';
import { RasdError, toRasdError, type ErrorCode } from '../errors.ts';
import { PLOVER_TYPES } from '../events/ontology.ts';
import { validateInput } from '../reader/input.ts';
import { csvHeader, toCsv, toJsonl } from '../store/export.ts';
import { analyzeToRecord, articleKey, contentHash } from '../store/records.ts';
import type { Store } from '../store/types.ts';

export interface AppOptions {
  /** When set, the write endpoints (`POST /api/analyze`, `POST /api/articles`) need `Authorization: Bearer <token>`. */
  token?: string;
  /** Largest accepted request body in bytes (default 5 MiB). */
  maxBodyBytes?: number;
  /** The built web UI (`dist/ui`): served at `/`, every non-API path answering its index.html. */
  uiDir?: string;
}

/** Where `npm run build:ui` puts the web UI. */
export const DEFAULT_UI_DIR = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..', 'dist', 'ui');

/** HTTP status of each error code. */
const STATUS: Partial<Record<ErrorCode, 400 | 401 | 404 | 413 | 422 | 503>> = {
  E_USAGE: 400,
  E_BAD_JSON: 400,
  E_BAD_INPUT: 400,
  E_EMPTY_INPUT: 422,
  E_NOT_TEXT: 422,
  E_NO_ARTICLE: 422,
  E_HTML_TOO_DEEP: 422,
  E_TOO_LARGE: 413,
  E_UNAUTHORIZED: 401,
  E_NOT_FOUND: 404,
  E_STORE: 503,
};

const ErrorSchema = z.object({ error: z.object({ code: z.string(), message: z.string() }) }).openapi('Error');
const errors = {
  400: { content: { 'application/json': { schema: ErrorSchema } }, description: 'bad request (E_USAGE, E_BAD_INPUT, E_BAD_JSON)' },
  404: { content: { 'application/json': { schema: ErrorSchema } }, description: 'not found (E_NOT_FOUND)' },
};
const json = (schema: z.ZodType, description: string) => ({ content: { 'application/json': { schema } }, description });

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a day, YYYY-MM-DD');
const ActorCode = z.string().transform((s) => s.trim().toUpperCase()).pipe(z.string().regex(/^[A-Z]{3}(\.[A-Z0-9]+)*$/, 'an actor code such as MAR, MAR.MIL or IGO.UNSC'));
const PloverType = z.string().transform((s) => s.toUpperCase()).pipe(z.enum(PLOVER_TYPES));
const Limit = (max: number, dflt: number) => z.coerce.number().int().min(1).max(max).default(dflt);
const Offset = z.coerce.number().int().min(0).default(0);

const Side = z.object({ actor: z.string().nullable(), country: z.string().nullable(), sector: z.string().nullable(), name: z.string().nullable() });
const EventSchema = z.object({
  id: z.number(), type: z.string(), mode: z.string().nullable(), cameo: z.string(), goldstein: z.number(), quad: z.number(),
  date: z.string().nullable(), day: z.string().nullable(), modality: z.string(), source: Side, target: Side,
  mentions: z.number(), articles: z.number(), sources: z.number(), firstUrl: z.string().nullable(), firstArticleId: z.number(), evidence: z.string(),
}).openapi('Event');
const Loose = z.record(z.string(), z.unknown());

/** Compares a presented token with the configured one in constant time (both hashed to equal length first). */
export function tokenMatches(presented: string | undefined, expected: string): boolean {
  if (presented === undefined) return false;
  const a = createHash('sha256').update(presented).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

function errorResponse(c: Context, err: unknown): Response {
  if (err instanceof HTTPException) {
    // the framework's own refusals (a body that is not JSON) in the API's error shape
    const code: ErrorCode = err.status === 413 ? 'E_TOO_LARGE' : /json/i.test(err.message) ? 'E_BAD_JSON' : err.status === 400 ? 'E_USAGE' : 'E_INTERNAL';
    err = new RasdError(code, err.message || 'bad request');
  }
  const e = toRasdError(err);
  const status = STATUS[e.code] ?? 500;
  return c.json({ error: { code: e.code, message: e.message } }, status);
}

export function createApp(store: Store, options: AppOptions = {}): OpenAPIHono {
  const app = new OpenAPIHono({
    defaultHook: (result, c) => {
      if (!result.success) {
        const issue = result.error.issues[0];
        const where = issue?.path.join('.') || 'request';
        return c.json({ error: { code: 'E_USAGE', message: `${where}: ${issue?.message ?? 'invalid'}` } }, 400);
      }
      return undefined;
    },
  });
  const maxBody = options.maxBodyBytes ?? 5 * 1024 * 1024;

  // security headers on every answer; the UI needs nothing from elsewhere
  app.use('*', secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"], scriptSrc: ["'self'"], styleSrc: ["'self'"], imgSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"], fontSrc: ["'self'"], objectSrc: ["'none'"], baseUri: ["'none'"], formAction: ["'self'"], frameAncestors: ["'none'"],
    },
    crossOriginEmbedderPolicy: false,
  }));
  app.onError((err, c) => errorResponse(c, err));
  app.notFound((c) => c.json({ error: { code: 'E_NOT_FOUND', message: `no such endpoint: ${c.req.method} ${c.req.path}` } }, 404));

  // write endpoints: size limit and, when configured, the token
  const guard = async (c: Context, next: () => Promise<void>): Promise<Response | void> => {
    if (options.token !== undefined) {
      const h = c.req.header('authorization');
      const presented = h?.startsWith('Bearer ') ? h.slice(7) : undefined;
      if (!tokenMatches(presented, options.token)) return errorResponse(c, new RasdError('E_UNAUTHORIZED', 'this endpoint needs Authorization: Bearer <token>'));
    }
    await next();
  };
  const limit = bodyLimit({ maxSize: maxBody, onError: (c) => errorResponse(c, new RasdError('E_TOO_LARGE', `the request body is larger than ${maxBody} bytes`)) });
  for (const p of ['/api/analyze', '/api/articles']) {
    app.use(p, async (c, next) => (c.req.method === 'POST' ? guard(c, next) : next()));
    app.use(p, async (c, next) => (c.req.method === 'POST' ? limit(c, next) : next()));
  }

  /** Reads a JSON body as an input object; a body that is not JSON is E_BAD_JSON, a wrong shape E_BAD_INPUT. */
  const readInput = async (c: Context): Promise<ReturnType<typeof validateInput>> => {
    let body: unknown;
    try {
      body = await c.req.json();
    } catch (err) {
      throw new RasdError('E_BAD_JSON', `the request body is not valid JSON: ${(err as Error).message}`);
    }
    return validateInput(body, 'request body');
  };

  app.openapi(createRoute({
    method: 'get', path: '/api/search', summary: 'Arabic full-text search over stored articles',
    request: { query: z.object({ q: z.string().min(1), from: Day.optional(), to: Day.optional(), source: z.string().optional(), actor: ActorCode.optional(), type: PloverType.optional(), limit: Limit(100, 20), offset: Offset }) },
    responses: { 200: json(z.object({ total: z.number(), hits: z.array(Loose) }), 'hits with snippets (highlights are offsets into each snippet)'), 400: errors[400] },
  }), async (c) => {
    const { q, ...f } = c.req.valid('query');
    return c.json(await store.search(q, f), 200);
  });

  app.openapi(createRoute({
    method: 'get', path: '/api/articles/{id}', summary: 'One article with all its annotations (output v1)',
    request: { params: z.object({ id: z.string().min(1) }) },
    responses: { 200: json(Loose, 'the stored article: id, key, source, storyId and analysis (output v1)'), 404: errors[404] },
  }), async (c) => {
    const { id } = c.req.valid('param');
    const a = await store.article(/^\d+$/.test(id) ? Number(id) : id);
    if (!a) throw new RasdError('E_NOT_FOUND', `no article ${id}`);
    return c.json(a as unknown as Record<string, unknown>, 200);
  });

  const eventQuery = z.object({
    actor: ActorCode.optional(),
    dyad: z.string().optional().transform((s, ctx) => {
      if (s === undefined) return undefined;
      const parts = s.split(',').map((x) => x.trim().toUpperCase());
      if (parts.length !== 2 || !parts.every((p) => /^[A-Z]{3}(\.[A-Z0-9]+)*$/.test(p))) {
        ctx.addIssue({ code: 'custom', message: 'two actor codes separated by a comma (MAR,ISR)' });
        return z.NEVER;
      }
      return parts as [string, string];
    }),
    type: PloverType.optional(), from: Day.optional(), to: Day.optional(),
    limit: Limit(10_000, 100), offset: Offset,
    format: z.enum(['json', 'jsonl', 'csv']).default('json'),
  });
  app.openapi(createRoute({
    method: 'get', path: '/api/events', summary: 'Merged events with the filters of `rasd events`, paginated; CSV and JSONL downloads',
    request: { query: eventQuery },
    responses: { 200: { content: { 'application/json': { schema: z.object({ total: z.number(), events: z.array(EventSchema) }) }, 'text/csv': { schema: z.string() }, 'application/x-ndjson': { schema: z.string() } }, description: 'events in date order' }, 400: errors[400] },
  }), async (c) => {
    const { format, ...f } = c.req.valid('query');
    const r = await store.events(f);
    if (format === 'csv') return c.body(csvHeader() + toCsv(r.events), 200, { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="rasd-events.csv"' });
    if (format === 'jsonl') return c.body(toJsonl(r.events), 200, { 'content-type': 'application/x-ndjson; charset=utf-8', 'content-disposition': 'attachment; filename="rasd-events.jsonl"' });
    return c.json(r, 200);
  });

  app.openapi(createRoute({
    method: 'get', path: '/api/events/{id}', summary: 'One merged event with the sentence of every report',
    request: { params: z.object({ id: z.coerce.number().int().min(1) }) },
    responses: { 200: json(z.object({ event: EventSchema, evidence: z.array(Loose) }), 'the event and its evidence'), 404: errors[404] },
  }), async (c) => {
    const { id } = c.req.valid('param');
    const event = await store.event(id);
    if (!event) throw new RasdError('E_NOT_FOUND', `no event ${id}`);
    return c.json({ event, evidence: await store.eventEvidence(id) } as never, 200);
  });

  app.openapi(createRoute({
    method: 'get', path: '/api/actors', summary: 'The most active actors with their events by type',
    request: { query: z.object({ limit: Limit(500, 20) }) },
    responses: { 200: json(z.object({ actors: z.array(Loose) }), 'actors, most active first') },
  }), async (c) => c.json({ actors: await store.topActors(c.req.valid('query').limit) } as never, 200));

  app.openapi(createRoute({
    method: 'get', path: '/api/actors/{code}', summary: 'One actor: events by type and month, main counterparts',
    request: { params: z.object({ code: ActorCode }) },
    responses: { 200: json(Loose, 'the actor'), 400: errors[400], 404: errors[404] },
  }), async (c) => {
    const { code } = c.req.valid('param');
    const a = await store.actor(code);
    if (!a) throw new RasdError('E_NOT_FOUND', `no event involves ${code}`);
    return c.json(a as never, 200);
  });

  app.openapi(createRoute({
    method: 'get', path: '/api/dyads/{a}/{b}/timeline', summary: 'The events between two actors, both directions, in the order of their own dates',
    request: { params: z.object({ a: ActorCode, b: ActorCode }) },
    responses: { 200: json(z.object({ a: z.string(), b: z.string(), events: z.array(EventSchema) }), 'the timeline'), 400: errors[400] },
  }), async (c) => {
    const { a, b } = c.req.valid('param');
    return c.json({ a, b, events: await store.timeline(a, b) }, 200);
  });

  app.openapi(createRoute({
    method: 'get', path: '/api/stats', summary: 'The corpus at a glance',
    responses: { 200: json(Loose, 'counts, sources, events by type, recent runs') },
  }), async (c) => c.json((await store.stats()) as never, 200));

  app.openapi(createRoute({
    method: 'post', path: '/api/analyze', summary: 'Analyse one input object and answer output v1, without storing it',
    request: { body: { content: { 'application/json': { schema: Loose } }, required: true } },
    responses: { 200: json(Loose, 'output v1'), 400: errors[400], 401: json(ErrorSchema, 'a token is configured and was not given'), 413: json(ErrorSchema, 'body too large'), 422: json(ErrorSchema, 'no article could be read from the input') },
  }), async (c) => {
    const input = await readInput(c);
    return c.json((await analyze(input, { item: 'request body' })) as never, 200);
  });

  app.openapi(createRoute({
    method: 'post', path: '/api/articles', summary: 'Analyse and store one input object (idempotent by content hash)',
    request: { body: { content: { 'application/json': { schema: Loose } }, required: true } },
    responses: { 200: json(z.object({ status: z.enum(['added', 'updated', 'unchanged']), id: z.number(), key: z.string() }), 'stored'), 400: errors[400], 401: json(ErrorSchema, 'a token is configured and was not given'), 413: json(ErrorSchema, 'body too large') },
  }), async (c) => {
    const input = await readInput(c);
    const hash = contentHash(input);
    const key = articleKey(input, hash);
    let status: 'added' | 'updated' | 'unchanged' = 'unchanged';
    if (!(await store.knownHashes([hash])).has(hash)) {
      const record = await analyzeToRecord(input, { key, contentHash: hash, origin: 'api' });
      const run = await store.beginRun('POST /api/articles');
      [status] = (await store.writeBatch(run, [record], [])) as ['added' | 'updated' | 'unchanged'];
      await store.finishRun(run, { added: status === 'added' ? 1 : 0, updated: status === 'updated' ? 1 : 0, unchanged: 0, failed: 0 });
    }
    const stored = await store.articleByHash(hash);
    return c.json({ status, id: stored?.id ?? 0, key: stored?.key ?? key }, 200);
  });

  if (options.uiDir && existsSync(path.join(options.uiDir, 'index.html'))) {
    const index = readFileSync(path.join(options.uiDir, 'index.html'), 'utf8');
    app.use('/assets/*', serveStatic({ root: options.uiDir }));
    // the single-page app answers every other GET that is not the API
    app.get('*', async (c, next) => (c.req.path.startsWith('/api/') || c.req.path === '/openapi.json' ? next() : c.html(index)));
  }

  app.doc('/openapi.json', {
    openapi: '3.0.0',
    info: { title: 'rasd HTTP API', version: '1', description: 'Structured, evidence-linked event data from Arabic news: search, articles with annotations, merged PLOVER events, actors, dyad timelines. Errors are {"error": {"code", "message"}} with the codes of docs/errors.md.' },
  });
  return app;
}
