import { STATUS_CODES, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { ErrorRequestHandler, RequestHandler } from 'express';
import mongoose from 'mongoose';
import { ZodError } from 'zod';
import { AppError, isDuplicateKey } from '../lib/errors.js';
import { logger } from '../lib/logger.js';
import { securityEvent } from '../lib/security-log.js';
import { currentContext } from '../lib/context.js';
import type { Language } from '../lib/i18n.js';
import { localiseDetails, localiseMessage } from '../lib/error-messages.js';
import { requestLanguage } from './request-language.js';

export interface ErrorBody {
  message: string;
  error: string;
  details?: unknown;
}

const DB_UNAVAILABLE = new Set([
  'MongoServerSelectionError',
  'MongooseServerSelectionError',
  'MongoNetworkError',
  'MongoNetworkTimeoutError',
  'MongoNotConnectedError',
  'MongoTopologyClosedError',
  'MongoPoolClearedError',
  // A connection or client closed under the operation: its pool or server went away in an outage, or the
  // platform watchdog replaced a stuck client (db/platform-watchdog.ts).
  'MongoPoolClosedError',
  'MongoServerClosedError',
  'MongoClientClosedError',
  'MongoWaitQueueTimeoutError',
]);
/** Server answers that mean "going away, try again" (ShutdownInProgress, InterruptedAtShutdown, state changes). */
const DB_GOING_AWAY_CODES = new Set([91, 189, 10107, 11600, 11602, 13435, 13436]);

/** The database could not be reached (server selection failed, the network dropped, the pool was cleared, the server is shutting down). */
export function isDatabaseUnavailable(err: unknown): boolean {
  const e = err as { name?: unknown; code?: unknown; message?: unknown } | null;
  if (typeof e?.name !== 'string') return false;
  if (DB_UNAVAILABLE.has(e.name)) return true;
  if (e.name !== 'MongoServerError' || typeof e.code !== 'number') return false;
  // FerretDB 1.x answers a query it cancels while shutting down with InternalError "... context canceled"
  // (the platform-restart drill's rare 500); MongoDB says the same with InterruptedAtShutdown.
  return DB_GOING_AWAY_CODES.has(e.code) || (e.code === 1 && typeof e.message === 'string' && /context canceled/.test(e.message));
}

export function zodDetails(err: ZodError) {
  // A missing field reads "Required" rather than zod's "expected string, received undefined".
  return err.issues.map((i) => ({ path: i.path.join('.'), message: / received undefined$/.test(i.message) ? 'Required' : i.message }));
}

/**
 * The error in the reader's language: `message` and the details' messages are translated (lib/error-messages.ts);
 * `error`, the details' paths and every other field stay as they are, for programs.
 */
export function toLocalisedHttpError(err: unknown, inTenant: boolean, lng: Language): ReturnType<typeof toHttpError> {
  const http = toHttpError(err, inTenant);
  if (lng === 'en') return http;
  const body: ErrorBody = { ...http.body, message: localiseMessage(http.body.error, http.body.message, lng) };
  if (http.body.details !== undefined) body.details = localiseDetails(http.body.details, lng);
  return { ...http, body };
}

/**
 * Turns anything thrown into a status and the one error body. Known kinds are
 * mapped explicitly; anything else is a 500 with no internals in the body.
 */
export function toHttpError(err: unknown, inTenant: boolean): { status: number; body: ErrorBody; headers?: Record<string, string> } {
  if (err instanceof AppError) {
    const body: ErrorBody = { message: err.message, error: err.code };
    if (err.details !== undefined) body.details = err.details;
    return { status: err.status, body, headers: err.headers };
  }
  if (err instanceof ZodError) {
    return { status: 400, body: { message: 'Invalid request', error: 'VALIDATION_ERROR', details: zodDetails(err) } };
  }
  const e = (typeof err === 'object' && err !== null ? err : {}) as { type?: string; name?: string; code?: number; path?: string };
  // body-parser errors carry a `type`.
  if (e.type === 'entity.parse.failed') return { status: 400, body: { message: 'Malformed JSON body', error: 'INVALID_JSON' } };
  if (e.type === 'entity.too.large') return { status: 413, body: { message: 'Request body is too large', error: 'PAYLOAD_TOO_LARGE' } };
  if (e.type === 'encoding.unsupported' || e.type === 'charset.unsupported') {
    return { status: 415, body: { message: 'Unsupported body encoding', error: 'UNSUPPORTED_MEDIA_TYPE' } };
  }
  // Express could not decode a path parameter (`/api/students/%`): the client's mistake, not ours.
  if (err instanceof URIError) return { status: 400, body: { message: 'Malformed percent-encoding in the address', error: 'BAD_REQUEST' } };
  if (err instanceof mongoose.Error.CastError) {
    return { status: 400, body: { message: `Invalid value for ${e.path ?? 'a field'}`, error: 'INVALID_VALUE' } };
  }
  if (err instanceof mongoose.Error.ValidationError) {
    const details = Object.values(err.errors).map((v) => ({ path: v.path, message: v.kind === 'required' ? 'Required' : 'Invalid value' }));
    return { status: 400, body: { message: 'Invalid request', error: 'VALIDATION_ERROR', details } };
  }
  if (err instanceof mongoose.Error.StrictModeError) {
    return { status: 400, body: { message: 'Unknown field', error: 'VALIDATION_ERROR' } };
  }
  if (isDuplicateKey(err)) return { status: 409, body: { message: 'A record with this value already exists', error: 'DUPLICATE' } };
  if (e.code === 50) {
    // MaxTimeExpired: the query ran past QUERY_TIMEOUT_MS and the database stopped it.
    return {
      status: 503,
      body: {
        message: 'This request took too long and was stopped. Narrow it down (filters, a shorter search) or try again.',
        error: 'QUERY_TIMEOUT',
      },
      headers: { 'Retry-After': '5' },
    };
  }
  if (isDatabaseUnavailable(err)) {
    const code = inTenant ? 'TENANT_DB_UNAVAILABLE' : 'DATABASE_UNAVAILABLE';
    return {
      status: 503,
      body: { message: 'The database is not reachable right now. Try again shortly.', error: code },
      headers: { 'Retry-After': '5' },
    };
  }
  return { status: 500, body: { message: 'Something went wrong on our side', error: 'INTERNAL_ERROR' } };
}

export const notFoundHandler: RequestHandler = (req, _res, next) => {
  next(new AppError(404, 'ROUTE_NOT_FOUND', `No route for ${req.method} ${req.path}`));
};

/** Refusals that follow the school's state or plan (suspended, a module off, a quota reached), not the caller's rights. */
const NOT_SECURITY = new Set(['TENANT_INACTIVE', 'TENANT_PROVISIONING', 'FEATURE_DISABLED', 'QUOTA_EXCEEDED']);

/** The refusals an operator watches for (probing, stolen or foreign tokens, floods), by kind. */
function securityKind(status: number, code: string): string | undefined {
  if (NOT_SECURITY.has(code)) return undefined;
  if (code === 'TENANT_MISMATCH') return 'access.cross_school';
  if (status === 401) return 'access.unauthenticated';
  if (status === 403) return 'access.forbidden';
  if (status === 429) return 'access.rate_limited';
  return undefined;
}

export const errorHandler: ErrorRequestHandler = (err, req, res, _next) => {
  const lng = requestLanguage(req);
  const { status, body, headers } = toLocalisedHttpError(err, Boolean(req.tenant), lng);
  // Read by the sign-in limits, which count wrong credentials only (rate-limit.ts).
  res.locals.errorCode = body.error;
  const kind = securityKind(status, body.error);
  if (status >= 500) logger.error({ err, status }, 'request failed');
  else if (kind && !currentContext()?.securityLogged) {
    securityEvent(kind, {
      status,
      code: body.error,
      method: req.method,
      // The query string may carry tokens (invitation links) or search text: never logged.
      path: req.originalUrl.split('?')[0],
      userId: req.user?.id ?? req.superAdmin?.id ?? currentContext()?.userId,
      tenantId: req.tenant?.id ?? currentContext()?.tenant?.id,
      ip: req.ip,
    });
  } else if (!kind) logger.debug({ code: body.error, status }, 'request refused');
  if (res.headersSent) {
    res.destroy();
    return;
  }
  if (headers) res.set(headers);
  res.set('Content-Language', lng);
  res.status(status).json(body);
};

/**
 * Requests Node refuses before Express sees them (headers over 16 KB, broken
 * HTTP) still get the one error shape: `{ message, error }` as JSON.
 */
export function answerClientErrors(server: Server): void {
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Duplex) => {
    if (!socket.writable) {
      socket.destroy();
      return;
    }
    const [status, error, message] =
      err.code === 'HPE_HEADER_OVERFLOW'
        ? [431, 'HEADERS_TOO_LARGE', 'Request line or headers too large']
        : [400, 'BAD_REQUEST', 'Malformed HTTP request'];
    const body = JSON.stringify({ message, error });
    socket.end(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  });
}
