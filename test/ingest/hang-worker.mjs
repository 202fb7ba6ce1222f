// A worker module for the pool tests: the input text `__hang__` makes the task run forever (a
// stage that never returns); any other task is the real ingest worker's.
import { register } from 'tsx/esm/api';

register();
const { default: analyzeTask } = await import('../../src/ingest/worker.ts');

export default async function hangOrAnalyze(task) {
  if (task.input.text === '__hang__') for (;;);
  return analyzeTask(task);
}
