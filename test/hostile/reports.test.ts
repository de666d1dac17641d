/// <reference lib="dom" />
/**
 * Hostile text in reports: corpus text and detector output carrying <script>, </textarea>,
 * javascript: links, event handlers, remote loads, bidi overrides and terminal escapes must be
 * inert in the HTML report (checked in headless Chromium: no script runs, no request leaves),
 * in Markdown and on the terminal.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, visit } from '../support/chromium.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const out = join(mkdtempSync(join(tmpdir(), 'rehash-hostile-report-')), 'run');
let stdout = '';

beforeAll(async () => {
  const r = await promisify(execFile)(
    process.execPath,
    [join(root, 'src/cli/rehash.js'), 'eval', '--corpus', 'test/fixtures/hostile.jsonl', '--detector', 'boilerplate-lines', 'mt-artifacts', 'reuse-shingles', 'test/fixtures/hostileDetector.ts', '--out', out, '--quick', '--no-cache'],
    { cwd: root, env: { ...process.env, NO_COLOR: '1', CI: '1' } },
  );
  stdout = r.stdout;
}, 60_000);

describe('hostile text in reports', () => {
  it('prints no terminal escape or bidi control from corpus or detector output', () => {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for control characters is the point
    expect(stdout).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/);
    expect(stdout).toContain('hostile-output@1.0.0');
  });

  it('writes Markdown with no raw markup from the corpus', () => {
    const md = readFileSync(join(out, 'report.md'), 'utf8');
    // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for control characters is the point
    expect(md).not.toMatch(/<script|<img|<iframe|onerror=|\u001b|\u202e/i);
  });

  it('keeps results.json faithful to the corpus (escaping happens only when rendering)', () => {
    const results = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8'));
    expect(results.examples.some((e: { text?: string }) => e.text?.includes('<script>window.__pwned = 1;'))).toBe(true);
  });

  it.skipIf(!hasChromium)('runs no script and sends no request in Chromium, and shows the hostile text as text', async () => {
    const page = await visit(join(out, 'report.html'), () => ({
      pwned: (window as unknown as { __pwned?: number }).__pwned ?? null,
      scripts: document.scripts.length,
      iframes: document.querySelectorAll('iframe').length,
      images: document.querySelectorAll('img').length,
      links: [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')).filter((h) => !h?.startsWith('#')),
      handlers: [...document.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).length,
      text: document.body.textContent ?? '',
    }));
    expect(page.facts.pwned).toBeNull();
    expect(page.requests).toEqual([]);
    expect(page.errors).toEqual([]);
    expect(page.console).toEqual([]);
    expect(page.facts.scripts).toBe(0);
    expect(page.facts.iframes).toBe(0);
    expect(page.facts.images).toBe(0);
    expect(page.facts.links).toEqual([]);
    expect(page.facts.handlers).toBe(0);
    expect(page.facts.text).toContain('<script>window.__pwned = 1;');
    expect(page.facts.text).toContain('\\u{202e}evil');
    expect(page.facts.text).toContain('\\u{1b}[31mred');
  }, 60_000);
});
