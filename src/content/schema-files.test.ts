import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { z } from 'zod';
import { causeSchema, errorSignaturesSchema, flowSchema } from '../engine/content-schema';

// The JSON Schemas editors' tools read (each content file names one in "$schema"), generated from the
// zod schema so the two never disagree. `npm run content:schema` rewrites them.
const dir = join(import.meta.dirname, 'schema');
const schemas = {
  'cause.schema.json': causeSchema,
  'flow.schema.json': flowSchema,
  'error-signatures.schema.json': errorSignaturesSchema,
};

it.each(Object.entries(schemas))('%s matches the content schema', (file, schema) => {
  const generated = `${JSON.stringify(z.toJSONSchema(schema), null, 2)}\n`;
  const path = join(dir, file);
  if (process.env.UPDATE_CONTENT_SCHEMA) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(path, generated);
  }
  const committed = existsSync(path) ? readFileSync(path, 'utf8') : '(missing)';
  expect(committed, `${path} is out of date: run npm run content:schema`).toBe(generated);
});
