// The ingest worker thread's entry point. A worker thread does not inherit the main thread's
// module hooks, so it registers tsx's loader itself before it imports the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
const { default: analyzeTask } = await import('./worker.ts');
export default analyzeTask;
