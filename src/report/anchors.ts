/**
 * Stable anchor ids for cases in the HTML report, so the compare view and other reports can link
 * straight to a case's error-analysis entry. Derived by hashing, so no corpus text reaches an
 * attribute.
 */
import { createHash } from 'node:crypto';

export const caseAnchor = (detector: string, caseId: string): string =>
  `case-${createHash('sha256').update(`${detector}\u0000${caseId}`).digest('hex').slice(0, 16)}`;
