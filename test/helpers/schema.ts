/** Validates values against docs/output-v1.schema.json (ajv, draft 2020-12). */
import { readFileSync } from 'node:fs';
import Ajv2020Module from 'ajv/dist/2020.js';
import { PROJECT_ROOT } from '../../src/data.ts';
import path from 'node:path';

const Ajv2020 = (Ajv2020Module as unknown as { default: typeof Ajv2020Module }).default ?? Ajv2020Module;
const schema = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'docs', 'output-v1.schema.json'), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
const validate = ajv.compile(schema);

/** Returns the schema violations of `value` as readable strings (empty when valid). */
export function schemaErrors(value: unknown): string[] {
  return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
}
