#!/usr/bin/env node
// Entry point of the `rasd` command: runs the TypeScript CLI through tsx's loader.
import { register } from 'tsx/esm/api';

register();
const { main, exitQuietlyOnEpipe } = await import('../src/cli/cli.ts');
exitQuietlyOnEpipe();
process.exitCode = await main(process.argv.slice(2));
