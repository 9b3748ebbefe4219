import type { RequestHandler } from 'express';
import type { z } from 'zod';

interface Shapes {
  body?: z.ZodType;
  query?: z.ZodType;
  params?: z.ZodType;
}

/**
 * Validates and replaces req.body / req.query / req.params with the parsed
 * values. A ZodError goes to the error middleware as 400 VALIDATION_ERROR.
 */
export function validate(shapes: Shapes): RequestHandler {
  return (req, _res, next) => {
    if (shapes.params) req.params = shapes.params.parse(req.params) as typeof req.params;
    if (shapes.query) {
      // Express 5 exposes req.query as a getter; shadow it with the parsed value.
      Object.defineProperty(req, 'query', { value: shapes.query.parse(req.query), writable: true, configurable: true });
    }
    if (shapes.body) req.body = shapes.body.parse(req.body ?? {});
    next();
  };
}
