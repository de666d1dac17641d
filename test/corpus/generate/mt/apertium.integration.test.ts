import { describe, expect, it } from 'vitest';
import { apertiumOnPath } from '../../../../src/corpus/generate/mt/apertiumInstall.ts';
import { pipeline, translate } from '../../../../src/corpus/generate/mt/apertiumRun.ts';

// Runs only where Apertium is installed (the corpus build installs it; CI uses committed files).
describe.runIf(apertiumOnPath())('Apertium on this machine', () => {
  it('translates through stdin, keeps paragraphs, marks unknown words, and is deterministic', async () => {
    const text = 'The dockworkers in Gdansk walked out on Friday.\n\nThe strike ended.';
    const es = await translate('eng-spa', text);
    expect(es.trim().split('\n\n')).toHaveLength(2);
    expect(es).toMatch(/\*Gdansk/);
    const back = await pipeline(['eng-spa', 'spa-eng'], text);
    expect(back).toMatch(/\*\*Gdansk/);
    expect(await pipeline(['eng-spa', 'spa-eng'], text)).toBe(back);
  }, 30_000);

  it('reports a failing mode as an error', async () => {
    await expect(translate('xx-yy' as never, 'Hello.')).rejects.toThrow(/apertium xx-yy failed/);
  }, 30_000);
});
