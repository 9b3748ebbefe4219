/**
 * The one error type for anything a client should see. `code` is the stable
 * machine-readable value of the response's `error` field.
 */
export class AppError extends Error {
  override name = 'AppError';

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
  }
}

export const notFound = (what: string, code = 'NOT_FOUND') => new AppError(404, code, `${what} not found`);

/**
 * A write refused by a unique index. MongoDB answers code 11000 for every
 * write; FerretDB 1.x does for inserts, but an update (findAndModify) that
 * breaks a unique index comes back as code 1 with SQLite's "UNIQUE constraint
 * failed" (found by fuzzing: it surfaced as a 500).
 */
export const isDuplicateKey = (err: unknown): boolean => {
  const e = err as { code?: number; message?: string } | null;
  return e?.code === 11000 || (e?.code === 1 && /UNIQUE constraint failed/.test(e.message ?? ''));
};
