import type { Request } from 'express';
import { currentContext } from '../lib/context.js';
import { negotiateLanguage, type Language } from '../lib/i18n.js';

/**
 * The language to answer a request in: its Accept-Language among ours (the portal sends the one it shows), else the
 * signed-in user's own choice, else the school's default, else English.
 */
export function requestLanguage(req: Request): Language {
  return negotiateLanguage(req.get('accept-language')) ?? currentContext()?.language ?? req.tenant?.schoolConfig?.language ?? 'en';
}
