import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTRACT_NAMES, contractJsonSchema } from '../../src/contracts/jsonSchema.ts';

describe('JSON Schema exports', () => {
  it.each(CONTRACT_NAMES)('corpora/schema/%s.schema.json is up to date (regenerate: npx rehash schema --write corpora/schema)', (name) => {
    const committed = readFileSync(new URL(`../../corpora/schema/${name}.schema.json`, import.meta.url), 'utf8');
    expect(committed).toBe(contractJsonSchema(name));
  });

  it('declares the schema version of the versioned formats', () => {
    expect(JSON.stringify(JSON.parse(contractJsonSchema('results')).properties.schemaVersion)).toMatch(/"const":1\b.*"const":2\b/);
    expect(contractJsonSchema('case')).toContain('"schemaVersion"');
  });
});
