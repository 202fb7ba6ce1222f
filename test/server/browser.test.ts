/**
 * The web UI in Debian's chromium (playwright-core, no browser download): search → open an
 * article → a highlighted entity and the event panel → mark an event's sentence → the dyad page's
 * chart has points; an article whose text holds <script> and <img onerror> shows them as text.
 * Screenshots go to test-output/ui/. Needs the built UI (npm test builds it first).
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { chromium, type Browser, type Page } from 'playwright-core';
import { PROJECT_ROOT } from '../../src/data.ts';
import { createApp, DEFAULT_UI_DIR } from '../../src/server/app.ts';
import { ingest } from '../../src/ingest/ingest.ts';
import { SqliteStore } from '../../src/store/sqlite.ts';
import { sharedDataFile } from '../../src/shared-data.ts';
import { recordOf } from '../helpers/store.ts';

const CHROMIUM = '/usr/bin/chromium';
const SHOTS = path.join(PROJECT_ROOT, 'test-output', 'ui');
const missing = !existsSync(CHROMIUM) ? `skipped: ${CHROMIUM} is missing (apt-get install chromium; .ci/run installs it)` : !existsSync(path.join(DEFAULT_UI_DIR, 'index.html')) ? 'skipped: the UI is not built (npm run build:ui)' : null;

const XSS = {
  id: 'xss',
  published: '2023-05-01',
  title: 'اختبار <script>window.__xss = 1</script>',
  text: 'قال المتحدث باسم الحكومة المغربية إن الرباط تتابع الوضع <script>window.__xss = 2</script> عن كثب.\n\nوأضاف أن <img src=x onerror="window.__xss = 3"> الاتصالات مستمرة مع الجانب الإسرائيلي.',
};

let store: SqliteStore;
let server: ServerType;
let base = '';
let browser: Browser;
let page: Page;
const cspErrors: string[] = [];

before(async () => {
  if (missing) return;
  store = new SqliteStore(':memory:');
  const seed = sharedDataFile('seed');
  await ingest(store, { paths: [path.join(PROJECT_ROOT, 'examples'), ...(seed ? [seed] : [])] }, { threads: 0 });
  await store.writeBatch(await store.beginRun('test'), [await recordOf(XSS)], []);
  const app = createApp(store, { uiDir: DEFAULT_UI_DIR });
  server = await new Promise<ServerType>((resolve) => {
    const s = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () => resolve(s));
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'ar' });
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy|Refused to/i.test(m.text())) cspErrors.push(m.text());
  });
  mkdirSync(SHOTS, { recursive: true });
});

after(async () => {
  await browser?.close();
  await new Promise((r) => (server ? server.close(r) : r(undefined)));
  await store?.close();
});

test('search → article with highlighted entities and the event panel → an event marks its sentence', { timeout: 120_000 }, async (t) => {
  if (missing) return t.skip(missing);
  await page.goto(base + '/');
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
  // the seed when the shared data is there, else a word of the bundled examples
  await page.fill('input[name=q]', sharedDataFile('seed') ? 'إسرائيل' : 'الأردن');
  await page.press('input[name=q]', 'Enter');
  await page.waitForSelector('ol.hits li');
  assert.ok((await page.locator('ol.hits mark').count()) > 0, 'matches are highlighted in the snippets');
  await page.screenshot({ path: path.join(SHOTS, '1-search.png'), fullPage: true });
  await page.locator('ol.hits li a.hit-title').first().click();
  await page.waitForSelector('.article-text');
  const entity = page.locator('.article-text .m-entity').first();
  assert.ok(await entity.isVisible(), 'a highlighted entity is visible');
  assert.match((await entity.getAttribute('title')) ?? '', /\S/, 'hovering shows its actor or type');
  assert.ok(await page.locator('.event-panel').isVisible(), 'the event panel is visible');
  const items = page.locator('.event-panel .event-item');
  assert.ok((await items.count()) > 0, 'the article has events in the panel');
  await items.first().click();
  await page.waitForSelector('.sentence.active');
  assert.ok(await page.locator('.sentence.active').first().isVisible(), 'the evidence sentence is marked');
  await page.screenshot({ path: path.join(SHOTS, '2-article.png'), fullPage: true });
});

test('the dyad page draws the timeline chart with points, and lists the events with evidence', { timeout: 120_000 }, async (t) => {
  if (missing) return t.skip(missing);
  const seeded = sharedDataFile('seed') !== null;
  // the seed's Morocco–Israel pair, else the first pair of countries with a dated event in the examples
  const pair = (await store.events()).events.find((e) => e.date && e.source.country && e.target.country && e.source.country !== e.target.country);
  const [a, b] = seeded ? ['MAR', 'ISR'] : [pair?.source.country ?? 'MAR', pair?.target.country ?? 'ISR'];
  const timeline = await store.timeline(a, b);
  if (timeline.length === 0) return t.skip(`no dated ${a}–${b} events in the examples`);
  await page.goto(`${base}/dyad/${a}/${b}`);
  await page.waitForSelector('#dyad-chart');
  const points = await page.evaluate(() => {
    const c = document.querySelector('#dyad-chart') as unknown as { chart?: { data: { datasets: { data: number[] }[] } } };
    return c.chart?.data.datasets.flatMap((d) => d.data).filter((v) => v !== 0).length ?? 0;
  });
  assert.ok(points > 0, `the chart has ${points} points`);
  assert.equal(await page.locator('ol.timeline > li').count(), timeline.length);
  if (seeded) assert.ok((await page.locator('ol.timeline').innerText()).includes('2022-09-12'));
  await page.screenshot({ path: path.join(SHOTS, '3-dyad.png'), fullPage: true });
  await page.goto(`${base}/actor/${a}`);
  await page.waitForSelector('#actor-chart');
  await page.screenshot({ path: path.join(SHOTS, '4-actor.png'), fullPage: true });
  await page.goto(`${base}/events?type=CONSULT`);
  await page.waitForSelector('table.events tbody tr');
  assert.match((await page.getAttribute('a.download', 'href')) ?? '', /format=csv/);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${base}/dyad/${a}/${b}`);
  await page.waitForSelector('#dyad-chart');
  await page.screenshot({ path: path.join(SHOTS, '5-dyad-phone.png'), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
});

test('article text with <script> and <img onerror> is shown as text and never runs; no CSP violation', { timeout: 60_000 }, async (t) => {
  if (missing) return t.skip(missing);
  await page.goto(`${base}/article/xss`);
  await page.waitForSelector('.article-text');
  const text = await page.locator('.article-text').innerText();
  assert.ok(text.includes('<script>window.__xss = 2</script>'), 'the script tag is text');
  assert.ok(text.includes('<img src=x onerror="window.__xss = 3">'), 'the img tag is text');
  assert.ok((await page.locator('h1').innerText()).includes('<script>'));
  assert.equal(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), undefined, 'nothing ran');
  assert.equal(await page.locator('.article-text script, .article-text img, h1 script').count(), 0);
  await page.screenshot({ path: path.join(SHOTS, '6-xss.png'), fullPage: true });
  assert.deepEqual(cspErrors, []);
});
