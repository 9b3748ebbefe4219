import { z } from 'zod';
import type { ApiRouter } from '../../http/route.js';
import type { PlatformDb } from '../../db/platform-db.js';
import { email } from '../../lib/validation.js';
import { suspensionFor } from './suspension.service.js';

const statusResponse = z.object({
  status: z.string(),
  /** The operator's reason (admins only; null when none was given or the school is active). */
  reason: z.string().nullable(),
  since: z.string().nullable(),
  /** What to do next, in words. */
  message: z.string(),
});

/**
 * POST /api/school-status — a suspended school's admin learns why, with their
 * password (no session is started: the school is closed). Reachable while the
 * school is suspended, unlike every other school route.
 */
export const suspensionRoutes = (api: ApiRouter, deps: { db: PlatformDb; dummyHash: string }) =>
  api.route({
    method: 'post',
    path: '/',
    rateLimit: 'sign-in',
    summary: 'Why the school is suspended, for its admins (email and password; signs nobody in)',
    access: { kind: 'public' },
    status: 200,
    body: z.object({ email, password: z.string().min(1).max(200) }).strict(),
    response: { description: "The school's status and, for an admin, the operator's reason", schema: statusResponse },
    errors: { 401: 'Email or password is incorrect (INVALID_CREDENTIALS)', 403: 'Not an admin of the school (FORBIDDEN)' },
    handler: ({ body }) => suspensionFor(deps, body.email, body.password),
  });
