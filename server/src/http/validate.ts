import type { RequestHandler } from 'express';
import { z } from 'zod';
import type { Language } from '../lib/i18n.js';
import { translate } from '../lib/translate.js';
import { requestLanguage } from './request-language.js';

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
    const params = parseParams(requestLanguage(req));
    if (shapes.params) req.params = shapes.params.parse(req.params, params) as typeof req.params;
    if (shapes.query) {
      // Express 5 exposes req.query as a getter; shadow it with the parsed value.
      Object.defineProperty(req, 'query', { value: shapes.query.parse(req.query, params), writable: true, configurable: true });
    }
    if (shapes.body) req.body = shapes.body.parse(req.body ?? {}, params);
    next();
  };
}

const LOCALES = { fr: z.locales.fr(), ar: z.locales.ar(), es: z.locales.es() };

/**
 * zod's own messages in the request's language ("Trop petit : …"); a message a schema wrote itself still wins and is
 * translated with the error (lib/error-messages.ts). English keeps zod's defaults, as before.
 */
function parseParams(lng: Language): z.core.ParseContext<z.core.$ZodIssue> | undefined {
  if (lng === 'en') return undefined;
  const locale = LOCALES[lng];
  return {
    error: (issue) =>
      issue.code === 'invalid_type' && issue.input === undefined ? translate(lng, 'errors', 'detail.required') : locale.localeError(issue),
  };
}
