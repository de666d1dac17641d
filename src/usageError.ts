/**
 * An error caused by what the user asked for (a missing file, a bad flag value, an unknown
 * detector): the CLI prints its message on one line, without a stack trace.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
