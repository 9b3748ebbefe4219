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

/** A write refused by a unique index (MongoDB and FerretDB both answer code 11000). */
export const isDuplicateKey = (err: unknown): boolean => (err as { code?: number } | null)?.code === 11000;
