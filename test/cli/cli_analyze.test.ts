import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { runCli } from '../helpers/cli.ts';
import { schemaErrors } from '../helpers/schema.ts';
import { missingDataMessage, sharedDataFile } from '../../src/shared-data.ts';

describe('cli analyze', () => {
  test('cli analyze --jsonl answers each line in order and exits 1 when some items failed', async () => {
    const input = [
      JSON.stringify({ id: 'ok1', text: 'زار رئيس الوزراء الأردني القاهرة اليوم.' }),
      '{broken',
      JSON.stringify({ id: 'both', text: 'x', html: '<p>x</p>' }),
      JSON.stringify({ id: 'ok2', text: 'التقى وزير الخارجية نظيره التونسي.', published: '2022-09-12' }),
    ].join('\n') + '\n';
    const r = await runCli(['analyze', '--jsonl'], input);
    assert.equal(r.code, 1, r.stderr);
    const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(lines.map((l) => l.id), ['ok1', null, 'both', 'ok2']);
    assert.deepEqual(lines.map((l) => l.error?.code ?? 'ok'), ['ok', 'E_BAD_JSON', 'E_BAD_INPUT', 'ok']);
    assert.equal(lines[3].article.published, '2022-09-12');
    for (const l of lines) assert.deepEqual(schemaErrors(l), []);
  });

  test('cli analyze --jsonl exits 0 when every item succeeded', async () => {
    const r = await runCli(['analyze', '--jsonl'], JSON.stringify({ text: 'أعلنت الحكومة التونسية خطة جديدة.' }) + '\n');
    assert.equal(r.code, 0, r.stderr);
    const [line] = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    assert.match(line.id, /^[0-9a-f]{16}$/, 'default id is a content hash');
  });

  const usage: [string, string[]][] = [
    ['no paths and no --jsonl', ['analyze']],
    ['an unknown option', ['analyze', '--bogus', 'examples']],
    ['--json with --jsonl', ['analyze', '--json', '--jsonl']],
    ['an unknown command', ['analyse-typo']],
    ['a bad --max-bytes', ['analyze', '--max-bytes', 'lots', 'examples']],
  ];
  for (const [name, args] of usage) {
    test(`cli analyze exits 2 on bad usage: ${name}`, async () => {
      const r = await runCli(args);
      assert.equal(r.code, 2, `stdout: ${r.stdout}\nstderr: ${r.stderr}`);
      assert.ok(r.stderr.length > 0, 'says what is wrong');
    });
  }

  test('cli analyze prints a readable summary of the bundled examples and exits 0', async () => {
    const r = await runCli(['analyze', 'examples']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /title: /);
    assert.match(r.stdout, /paragraphs, \d+ sentences/);
    assert.match(r.stdout, /dates: +\d+\n +· اليوم الإثنين = 2022-09-12/, 'example 01 resolves its dateline day');
    assert.match(r.stdout, /entities: +\d+ mentions\n +· PER +فهد ناصر العتيبي/, "example 01 names the Kuwaiti minister");
    assert.match(r.stdout, /actors: +\d+\n(?: +· .*\n)*? +· KWT\.GOV +فهد ناصر العتيبي \(وزير الخارجية الكويتي\)/, 'example 01 links the minister to KWT GOV with his role');
  });

  test('cli analyze --json on one failing file prints nothing on stdout and the coded error on stderr', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'rasd-one-')), 'empty.txt');
    writeFileSync(file, '  \n');
    const r = await runCli(['analyze', '--json', file]);
    assert.equal(r.code, 1);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /E_EMPTY_INPUT/);
  });

  test('cli analyze reports a missing file, analyses the rest and exits 1', async () => {
    const r = await runCli(['analyze', '--json', 'no/such/file.txt', 'examples']);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /E_IO/);
    assert.ok(JSON.parse(r.stdout).length >= 3);
  });

  const seedPath = sharedDataFile('seed', '000_e323fe3fe21d9f90.txt');
  test('cli analyze --json on the seed gives its title, date, caption, every body paragraph verbatim and dropped debris', { skip: seedPath ? false : missingDataMessage('seed', '000_e323fe3fe21d9f90.txt') }, async () => {
    const r = await runCli(['analyze', '--json', seedPath!]);
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.deepEqual(schemaErrors(out), []);
    assert.equal(out.id, '000_e323fe3fe21d9f90');
    assert.equal(out.article.title, 'مسؤول عسكري مغربي رفيع يزور إسرائيل لأول مرة منذ استئناف التطبيع');
    assert.equal(out.article.published, '2022-09-12');
    assert.deepEqual(out.article.captions, [{ text: 'يرتقب أن تجري محادثات ولقاءات بين الفاروق ومسؤولين إسرائيليين', credit: 'Getty' }]);
    const lines = readFileSync(seedPath!, 'utf8').split('\n').map((l) => l.trim());
    const first = lines.findIndex((l) => l.startsWith('يبدأ وفد عسكري'));
    const last = lines.findIndex((l) => l.endsWith('والتدريب المشترك.'));
    const body = lines.slice(first, last + 1).filter((l) => l.length > 0);
    // seed-expected.md speaks of eight paragraphs, but the seed has nine body lines from
    // `يبدأ وفد عسكري` to `والتدريب المشترك.`; all of them are the body, verbatim.
    assert.equal(body.length, 9);
    assert.equal(out.article.text, body.join('\n\n'));
    assert.equal(out.paragraphs.length, 9);
    const dropped = new Map(out.article.dropped.map((d: { text: string; reason: string }) => [d.text, d.reason]));
    for (const t of ['مسؤول عسكري مغربي رفيع يزور إسرائيل لأول مرة منذ استئناف التطبيع', '+ الخط -', 'المساهمون']) {
      assert.ok(typeof dropped.get(t) === 'string' && (dropped.get(t) as string).length > 0, `dropped ${t} with a reason`);
    }
  });
});

describe('cli analyze output closed early', () => {
  test('cli analyze --jsonl stops quietly when its reader goes away (| head -1)', async () => {
    const { spawn } = await import('node:child_process');
    const path = await import('node:path');
    const { PROJECT_ROOT } = await import('../../src/data.ts');
    const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'bin', 'rasd.js'), 'analyze', '--jsonl'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (b: Buffer) => { stderr += b.toString(); });
    child.stdin.on('error', () => {});
    const line = JSON.stringify({ text: 'زار الوزير المغربي تونس اليوم وبحث التعاون الثنائي.' }) + '\n';
    child.stdin.write(line);
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    child.stdout.destroy();
    child.stdin.end(line.repeat(2000));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    assert.equal(code, 0, stderr);
    assert.doesNotMatch(stderr, /E_INTERNAL|EPIPE/);
  });
});

describe('cli analyze bad input files', () => {
  test('cli analyze gives each bad file its coded error, keeps going and exits 1', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const dir = mkdtempSync(path.join(tmpdir(), 'rasd-bad-'));
    const files: [string, string | Buffer, string][] = [
      ['empty.txt', '', 'E_EMPTY_INPUT'],
      ['blank.txt', ' \n\t\n  \n', 'E_EMPTY_INPUT'],
      ['binary.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]), 'E_NOT_TEXT'],
      ['latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x61, 0x72, 0x61, 0x62, 0x65]), 'E_NOT_TEXT'],
      ['nav-only.html', '<html><body><nav><a href="/">الرئيسية</a> <a href="/a">أخبار</a></nav></body></html>', 'E_NO_ARTICLE'],
      ['deep.html', '<div>'.repeat(50_000) + 'نص', 'E_HTML_TOO_DEEP'],
      ['broken.json', '{"text": "نص"', 'E_BAD_JSON'],
      ['both.json', '{"text": "نص", "html": "<p>نص</p>"}', 'E_BAD_INPUT'],
    ];
    for (const [name, content] of files) writeFileSync(path.join(dir, name), content);
    writeFileSync(path.join(dir, 'good.txt'), 'لقاء تونسي جزائري في قرطاج\n\nاستقبل الرئيس التونسي وزير الخارجية الجزائري في قصر قرطاج.\n');
    const r = await runCli(['analyze', '--json', dir]);
    assert.equal(r.code, 1);
    const good = JSON.parse(r.stdout);
    assert.equal(good.length, 1, 'the good file is analysed');
    assert.equal(good[0].article.title, 'لقاء تونسي جزائري في قرطاج');
    for (const [name, , code] of files) {
      assert.match(r.stderr, new RegExp(`${name.replace('.', '\\.')}: ${code}: .{10,}`), `${name} → ${code}\n${r.stderr}`);
    }
  });

  test('cli analyze --jsonl survives a 50 MB single line with bounded memory and answers the next line', async () => {
    const huge = Buffer.concat([Buffer.from('{"id":"huge","text":"'), Buffer.alloc(50 * 1024 * 1024, 0x61), Buffer.from('"}\n')]);
    const next = Buffer.from(JSON.stringify({ id: 'next', text: 'أعلنت وزارة الخارجية المصرية استدعاء السفير.' }) + '\n');
    const r = await runCli(['analyze', '--jsonl'], Buffer.concat([huge, next]));
    assert.equal(r.code, 1, r.stderr);
    const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(lines.map((l) => [l.id, l.error?.code ?? 'ok']), [[null, 'E_TOO_LARGE'], ['next', 'ok']]);
  });
});
