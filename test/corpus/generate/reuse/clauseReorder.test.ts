import { describe, expect, it } from 'vitest';
import { lowercaseVocabulary } from '../../../../src/corpus/generate/reuse/casing.ts';
import {
  attributionToEnd,
  attributionToFront,
  subordinateToEnd,
  subordinateToFront,
  swapCoordinated,
} from '../../../../src/corpus/generate/reuse/clauseReorder.ts';

const vocabulary = lowercaseVocabulary('the company said shipping lines and officials');

describe('clause rewrites', () => {
  it('moves an attribution to the end and back', () => {
    const s = 'The ministry said on Monday that the bridge would reopen in May.';
    const moved = attributionToEnd(s, vocabulary);
    expect(moved).toBe('The bridge would reopen in May, the ministry said on Monday.');
    expect(attributionToFront(moved as string, vocabulary)).toBe('The ministry said on Monday that the bridge would reopen in May.');
  });

  it('keeps names capitalised when they stop opening the sentence', () => {
    expect(attributionToEnd('Endara told reporters that the count was nearly complete.', vocabulary)).toBe(
      'The count was nearly complete, Endara told reporters.',
    );
  });

  it('fronts and backs subordinate clauses', () => {
    expect(subordinateToFront('Shipping lines diverted calls to Gdynia after the strike began.', vocabulary)).toBe(
      'After the strike began, shipping lines diverted calls to Gdynia.',
    );
    expect(subordinateToEnd('When temperatures passed 35 degrees, the safeguards shut the servers down.', vocabulary)).toBe(
      'The safeguards shut the servers down when temperatures passed 35 degrees.',
    );
    expect(subordinateToFront('Cevallos conceded shortly after the count ended.', vocabulary)).toBeUndefined(); // "shortly after"
    expect(subordinateToFront('Patients had stopped taking the pills after a single dose.', vocabulary)).toBeUndefined(); // a phrase
  });

  it('swaps coordinated main clauses, not reported speech', () => {
    expect(swapCoordinated('Russian troops seized the town in March, and Ukrainian forces took it back that September.', vocabulary)).toBe(
      'Ukrainian forces took it back that September, and russian troops seized the town in March.'.replace('russian', 'Russian'),
    );
    expect(swapCoordinated('He said eleven needed urgent treatment, and the others were sent home.', vocabulary)).toBeUndefined();
  });

  it('leaves quoted speech and datelines alone', () => {
    expect(attributionToEnd('He said that "the count was clean" and would stand.', vocabulary)).toBeUndefined();
    expect(attributionToFront('LAGOS, Sept 9 (Wire) - A strike entered its third day, terminal operators said.', vocabulary)).toBeUndefined();
  });
});
