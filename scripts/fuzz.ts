/**
 * The long fuzz run (`npm run fuzz`): the property tests of test/fuzz/ with every property's number
 * of runs multiplied (default 20 × the CI runs), then a table of the cases each property ran and
 * their total.
 *
 *   npm run fuzz                       # 20 × the CI runs, the default seed
 *   npm run fuzz -- --runs 50          # 50 × the CI runs
 *   npm run fuzz -- --seed 7           # another seed (RASD_FUZZ_SEED)
 *
 * A failure prints fast-check's counterexample with the seed and path that replay it; the exit
 * status is the test runner's (1 when a property failed).
 */
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/data.ts';

function option(name: string, fallback: string): string {
  const args = process.argv.slice(2);
  const i = args.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const v = args[i + 1];
  if (v === undefined || !/^-?\d+(?:\.\d+)?$/.test(v)) {
    console.error(`usage: npm run fuzz -- [--runs FACTOR] [--seed N]  (--${name} needs a number)`);
    process.exit(2);
  }
  return v;
}

const runs = option('runs', process.env.RASD_FUZZ_RUNS ?? '20');
const seed = option('seed', process.env.RASD_FUZZ_SEED ?? '1010');
const dir = path.join(PROJECT_ROOT, 'test', 'fuzz');
const files = readdirSync(dir).filter((f) => f.endsWith('.test.ts')).sort().map((f) => path.join('test', 'fuzz', f));

console.log(`fuzz: ${files.length} files, ${runs} × the CI runs, seed ${seed}`);
const started = performance.now();
const child = spawn(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=tap', ...files], {
  cwd: PROJECT_ROOT,
  env: { ...process.env, RASD_FUZZ_RUNS: runs, RASD_FUZZ_SEED: seed },
  stdio: ['ignore', 'pipe', 'inherit'],
});

const CASES_RE = /^\s*# fuzz (.+): (\d+) cases \(seed (-?\d+)\)$/;
const counts: [string, number][] = [];
let pending = '';
child.stdout.setEncoding('utf8');
child.stdout.on('data', (chunk: string) => {
  process.stdout.write(chunk);
  pending += chunk;
  const lines = pending.split('\n');
  pending = lines.pop()!;
  for (const line of lines) {
    const m = CASES_RE.exec(line);
    if (m) counts.push([m[1]!, Number(m[2])]);
  }
});

const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? 1)));
const seconds = (performance.now() - started) / 1000;
const width = Math.max(...counts.map(([n]) => n.length), 8);
console.log(`\n${'property'.padEnd(width + 1)}${'cases'.padStart(8)}`);
for (const [name, n] of counts) console.log(`${name.padEnd(width + 1)}${String(n).padStart(8)}`);
const total = counts.reduce((s, [, n]) => s + n, 0);
console.log(`${'total'.padEnd(width + 1)}${String(total).padStart(8)}`);
console.log(`\n${code === 0 ? 'no failure' : 'FAILED'}: ${counts.length} properties, ${total} cases in ${seconds.toFixed(0)} s (runs ×${runs}, seed ${seed})`);
process.exitCode = code;
