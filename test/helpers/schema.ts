/** Validates values against docs/output-v1.schema.json (ajv, draft 2020-12). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { ValidateFunction } from 'ajv';
import { PROJECT_ROOT } from '../../src/data.ts';

// ajv ships CommonJS; require() gives its constructor without ESM default-export ambiguity.
const Ajv2020 = createRequire(import.meta.url)('ajv/dist/2020.js') as new (opts: object) => { compile(schema: object): ValidateFunction };
const schema = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'docs', 'output-v1.schema.json'), 'utf8')) as object;
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

/** Returns the schema violations of `value` as readable strings (empty when valid). */
export function schemaErrors(value: unknown): string[] {
  return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
}
