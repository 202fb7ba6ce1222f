/**
 * `npm run eval`: accuracy figures, each computed here from the project's own evaluation code.
 * Figures for layers that do not exist yet are printed as "not implemented", never invented.
 */
import { readFileSync } from 'node:fs';
import { analyze } from '../src/analyze.ts';
import { tokenF1 } from '../src/reader/token-f1.ts';
import { formatFigures, runTimeEval } from './time.ts';
import { formatNerSummary, runNerEval } from './ner.ts';
import { formatActorSummary, runActorEval } from './actors.ts';
import { formatEventSummary, runEventEval } from './events.ts';
import { missingDataMessage, sharedDataFile } from '../src/shared-data.ts';

const pct = (x: number): string => `${(100 * x).toFixed(1)}`;

console.log('rasd evaluation');
console.log('\n== article reader ==');
const cnn = sharedDataFile('html', 'arabic.cnn.com_2013-08-28_syria.clashes.html');
const cnnGold = sharedDataFile('html', 'arabic.cnn.com_2013-08-28_syria.clashes.expected_newspaper3k.txt');
if (cnn && cnnGold) {
  const out = await analyze({ html: readFileSync(cnn, 'utf8') });
  const f = tokenF1(out.article.text, readFileSync(cnnGold, 'utf8'));
  console.log(`CNN Arabic page, body vs newspaper3k gold: token P ${pct(f.precision)} R ${pct(f.recall)} F1 ${pct(f.f1)}`);
} else console.log(missingDataMessage('html'));

const seed = sharedDataFile('seed', '000_e323fe3fe21d9f90.txt');
if (seed) {
  const raw = readFileSync(seed, 'utf8');
  const out = await analyze({ text: raw });
  const lines = raw.split('\n').map((l) => l.trim());
  const body = lines.slice(lines.findIndex((l) => l.startsWith('يبدأ وفد')), lines.findIndex((l) => l.endsWith('والتدريب المشترك.')) + 1).filter(Boolean);
  const checks: [string, boolean][] = [
    ['title', out.article.title === 'مسؤول عسكري مغربي رفيع يزور إسرائيل لأول مرة منذ استئناف التطبيع'],
    ['published 2022-09-12', out.article.published === '2022-09-12'],
    ['caption with credit Getty', out.article.captions.length === 1 && out.article.captions[0]!.credit === 'Getty'],
    ['all body paragraphs verbatim (nine lines in the seed)', out.article.text === body.join('\n\n')],
    ['dropped repeated title, + الخط -, المساهمون', ['+ الخط -', 'المساهمون', out.article.title].every((t) => out.article.dropped.some((d) => d.text === t && d.reason))],
  ];
  console.log(`seed article: ${checks.filter((c) => c[1]).length}/${checks.length} reader checks hold (${checks.map(([n, ok]) => `${ok ? '✓' : '✗'} ${n}`).join('; ')})`);
} else console.log(missingDataMessage('seed'));

console.log('\n== entities (NER: ANERcorp test, seqeval micro; dev-gold distinct forms; npm run eval:ner for the full report) ==');
for (const line of formatNerSummary(runNerEval())) console.log(line);
console.log('\n== actors (country and sector accuracy of linked entity mentions; npm run eval:actors -- --verbose for the misses) ==');
for (const line of formatActorSummary(runActorEval())) console.log(line);
console.log('\n== dates (detection P/R/F1 by exact text, value accuracy; npm run eval:time -- --verbose for the misses) ==');
const time = await runTimeEval();
if (!time.sets.length) console.log('skipped: no dev-gold (set RASD_DATA) and no eval/gold/time');
if (time.devGold) console.log(`dev-gold:        ${formatFigures(time.devGold)}`);
if (time.additions) console.log(`eval/gold/time:  ${formatFigures(time.additions)}`);
if (time.heldOut) console.log(`eval/gold/events (held out): ${formatFigures(time.heldOut)}`);
if (time.all && time.sets.length > 1) console.log(`all:             ${formatFigures(time.all)}`);
console.log('\n== events (P/R/F1 of type + source + target country, date accuracy on matched events, PROTEST/ASSAULT sentence F1; npm run eval:events -- --verbose for the misses) ==');
for (const line of formatEventSummary(runEventEval())) console.log(line);
