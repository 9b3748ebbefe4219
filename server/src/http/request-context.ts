import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import { workContext } from '../lib/context.js';
import { logger } from '../lib/logger.js';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Gives every request an id (a sane incoming X-Request-Id is kept) and logs one line when it is done. */
export const requestId: RequestHandler = (req, res, next) => {
  const incoming = req.get('x-request-id');
  const requestId = incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID();
  req.requestId = requestId;
  res.set('X-Request-Id', requestId);
  const started = process.hrtime.bigint();
  res.on('finish', () => {
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    logger.info(
      {
        reqId: requestId,
        tenantId: req.tenant?.id,
        method: req.method,
        path: req.originalUrl.split('?')[0],
        status: res.statusCode,
        ms: Math.round(ms * 10) / 10,
      },
      'request',
    );
  });
  next();
};

/**
 * Opens the work context (request id, later the tenant) for the rest of the
 * chain. Mounted after the body parser, whose stream callbacks would otherwise
 * lose the AsyncLocalStorage store.
 */
export const openContext: RequestHandler = (req, _res, next) => {
  workContext.run({ requestId: req.requestId ?? randomUUID(), ip: req.ip, userAgent: req.get('user-agent')?.slice(0, 300) }, next);
};
