/// <reference lib="dom" />
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { hasChromium, visit } from '../support/chromium.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe.skipIf(!hasChromium)('report.html in headless Chromium', () => {
  it('renders charts and highlights, logs nothing, requests nothing', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'rehash-html-')), 'run');
    const corpora = ['corpora/reuse/hand.jsonl', 'corpora/mt/hand.jsonl', 'corpora/boilerplate/hand.jsonl'];
    await promisify(execFile)(process.execPath, [join(root, 'src/cli/rehash.js'), 'eval', '--corpus', ...corpora, '--out', out, '--split', 'all', '--quick', '--no-cache'], { cwd: root });
    const page = await visit(join(out, 'report.html'), () => ({
      charts: document.querySelectorAll('figure svg').length,
      bars: document.querySelectorAll('figure svg path, figure svg rect').length,
      gold: document.querySelectorAll('mark.m-gold').length,
      predicted: document.querySelectorAll('mark.m-pred').length,
      cases: document.querySelectorAll('article.case').length,
      tables: document.querySelectorAll('section[id^="task-"] table').length,
      scripts: document.scripts.length,
    }));
    expect(page.errors).toEqual([]);
    expect(page.console).toEqual([]);
    expect(page.requests).toEqual([]);
    expect(page.facts.tables).toBe(3);
    expect(page.facts.charts).toBeGreaterThanOrEqual(5);
    expect(page.facts.bars).toBeGreaterThan(20);
    expect(page.facts.gold).toBeGreaterThan(0);
    expect(page.facts.predicted).toBeGreaterThan(0);
    expect(page.facts.cases).toBeGreaterThan(5);
    expect(page.facts.scripts).toBe(0);
  }, 60_000);
});
