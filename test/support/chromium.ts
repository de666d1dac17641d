/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * Open an HTML file in Debian's headless Chromium through playwright-core and collect what it
 * did: console messages, page errors, network requests other than the file itself, and the DOM
 * facts a test asks for. Tests skip (with a message) when Chromium is not installed; CI installs
 * it with .ci/install-chromium.
 */
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

/** Debian's Chromium (installed by .ci/install-chromium), or another Chromium-family browser. */
const CANDIDATES = [process.env.REHASH_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
export const CHROMIUM = CANDIDATES.find((p): p is string => p !== undefined && existsSync(p)) ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`skipping browser tests: no Chromium found (run .ci/install-chromium or set REHASH_CHROMIUM)`);

export interface PageVisit<T> {
  console: string[];
  errors: string[];
  requests: string[];
  facts: T;
}

export async function visit<T>(file: string, facts: () => T): Promise<PageVisit<T>> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    const out: PageVisit<T> = { console: [], errors: [], requests: [], facts: undefined as T };
    const url = pathToFileURL(file).href;
    page.on('console', (m) => out.console.push(`${m.type()}: ${m.text()}`));
    page.on('pageerror', (e) => out.errors.push(e.message));
    page.on('request', (r) => {
      if (r.url() !== url) out.requests.push(r.url());
    });
    await page.goto(url, { waitUntil: 'load' });
    await page.evaluate(() => {
      for (const d of document.querySelectorAll('details')) d.open = true;
    });
    await page.waitForTimeout(200);
    out.facts = await page.evaluate(facts);
    return out;
  } finally {
    await browser.close();
  }
}
