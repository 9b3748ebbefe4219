import express, { type Request, type RequestHandler } from 'express';
import { AppError } from '../lib/errors.js';
import { decodeText } from '../lib/text-encoding.js';
import type { BodyType } from './route.js';

const JSON_TYPES = ['application/json', 'application/*+json'];

export interface BodyLimits {
  /** JSON bodies (BODY_LIMIT). */
  json: string;
  /** CSV imports send the file itself: bigger than a JSON body may be. */
  csv: string;
  /** Uploads, in bytes (the route checks kind, type, size and quota again). */
  binary: number;
}

const hasBody = (req: Request) => Number(req.get('content-length') ?? 0) > 0 || req.get('transfer-encoding') !== undefined;

/**
 * The body reader for one route, chosen by its declaration and run after its
 * guards: an anonymous or unauthorised caller is answered before a byte of the
 * body is read, and a body in another media type is refused (415) unread.
 */
export function bodyReaders(limits: BodyLimits): (type: BodyType | undefined) => RequestHandler {
  const json = express.json({ limit: limits.json, strict: true, type: JSON_TYPES });
  // Read as bytes and decoded here: a spreadsheet saves CSV in its own code page (windows-1252, UTF-16…), rarely
  // with a charset on the upload. The encoding read is kept for the answer (res.locals.bodyEncoding).
  const rawCsv = express.raw({ limit: limits.csv, type: 'text/csv' });
  const csv: RequestHandler = (req, res, next) =>
    rawCsv(req, res, (err?: unknown) => {
      if (err) return next(err);
      if (Buffer.isBuffer(req.body)) {
        const { text, encoding } = decodeText(req.body, req.get('content-type')?.match(/charset=([^;]+)/i)?.[1]);
        req.body = text;
        res.locals.bodyEncoding = encoding;
      }
      next();
    });
  return (type) => {
    const [accepted, read, what] =
      type === undefined
        ? [JSON_TYPES, json, 'application/json']
        : type === 'text/csv'
          ? [['text/csv'], csv, 'text/csv']
          : [
              [...type.binary],
              express.raw({ limit: limits.binary, type: [...type.binary] }),
              `the file itself (${type.binary.join(', ')})`,
            ];
    return (req, res, next) => {
      if (!hasBody(req)) return next();
      if (!req.is(accepted)) throw new AppError(415, 'UNSUPPORTED_MEDIA_TYPE', `Send the body as ${what}`);
      read(req, res, next);
    };
  };
}
