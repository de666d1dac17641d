import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BOILERPLATE_SPAN_TYPES } from '../../../../src/contracts/case.ts';
import {
  CONTENT_KINDS,
  DEFAULT_SOURCES_DIR,
  FAMILIES,
  loadMaterial,
  materialLines,
  parseParams,
  parseTemplates,
} from '../../../../src/corpus/generate/boilerplate/material.ts';

/** A minimal sources dir: one template per family (`badTemplate` for ads-txt when given). */
function fakeSources(badTemplate?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'rehash-bp-'));
  mkdirSync(join(dir, 'boilerplate', 'families'), { recursive: true });
  mkdirSync(join(dir, 'boilerplate', 'content'), { recursive: true });
  writeFileSync(join(dir, 'boilerplate', 'params.yaml'), 'person:\n  - "Ann Lee"\n');
  for (const f of FAMILIES)
    writeFileSync(join(dir, 'boilerplate', 'families', `${f}.txt`), `# comment\n${f === 'ads-txt' && badTemplate ? badTemplate : 'By {person}'}\n`);
  for (const k of CONTENT_KINDS) writeFileSync(join(dir, 'boilerplate', 'content', `${k}.txt`), 'A line\n');
  return dir;
}

describe('material files', () => {
  it('skips blank and comment lines but keeps a "#" inside a line', () => {
    expect(materialLines('# head\n\n a, b # c \r\n#x\nlast')).toEqual(['a, b # c', 'last']);
  });

  it('numbers templates from 0 in file order, comments not counted', () => {
    expect(parseTemplates('byline', '# c\nBy {person}\n\nBY {person}\n')).toEqual([
      { family: 'byline', index: 0, text: 'By {person}' },
      { family: 'byline', index: 1, text: 'BY {person}' },
    ]);
  });

  it('rejects params that are not non-empty string lists', () => {
    expect(() => parseParams('a: []')).toThrow(/a must be/);
    expect(() => parseParams('a: [1]')).toThrow(/a must be/);
    expect(() => parseParams('- a')).toThrow(/map/);
    expect(parseParams('a: ["x"]')).toEqual({ a: ['x'] });
  });

  it('has one family file per boilerplate span type except "other"', () => {
    expect([...FAMILIES, 'other'].sort()).toEqual([...BOILERPLATE_SPAN_TYPES].sort());
  });

  it('loads the project material: every family and content kind non-empty, every placeholder defined', () => {
    const m = loadMaterial(DEFAULT_SOURCES_DIR);
    for (const f of FAMILIES) {
      expect(m.templates[f].length).toBeGreaterThan(20);
      expect(m.templates[f].map((t) => t.index)).toEqual(m.templates[f].map((_, i) => i));
    }
    for (const k of CONTENT_KINDS) expect(m.content[k].length).toBeGreaterThan(20);
  });

  it('fails naming the file and template when a placeholder has no values', () => {
    expect(loadMaterial(fakeSources()).templates.byline).toHaveLength(1);
    expect(() => loadMaterial(fakeSources('{adsdomain}, {acctnum}, DIRECT'))).toThrow(/ads-txt\.txt: template 0 uses \{adsdomain\}/);
  });
});
