import { z } from 'zod';
import { rowScope, type ApiRouter } from '../../http/route.js';
import { idParams, objectId } from '../../lib/validation.js';
import { pageSchema } from '../../lib/pagination.js';
import { listQuery } from '../../school/crud.js';
import { ROLES } from '../../auth/tokens.js';
import { CHANNELS } from '../messages/kinds.js';
import { headerText } from '../messages/address.js';
import * as svc from './announcement.service.js';

const createBody = z
  .object({
    /** One line: it is the subject of the email. */
    title: headerText(200),
    body: z.string().trim().min(1).max(5000),
    audience: z.enum(['school', 'class', 'role']),
    classId: objectId.optional(),
    role: z.enum(ROLES).optional(),
    /** Also by email and/or SMS to the same audience (each person's preferences apply). */
    channels: z.array(z.enum(CHANNELS)).max(CHANNELS.length).optional(),
  })
  .strict()
  .refine((a) => (a.audience === 'class') === Boolean(a.classId), { message: 'classId goes with audience "class" only', path: ['classId'] })
  .refine((a) => (a.audience === 'role') === Boolean(a.role), { message: 'role goes with audience "role" only', path: ['role'] });

const announcementResponse = z.object({
  id: z.string(),
  title: z.string(),
  body: z.string(),
  audience: z.enum(['school', 'class', 'role']),
  classId: z.string().nullable(),
  role: z.string().nullable(),
  channels: z.array(z.enum(CHANNELS)),
  authorId: z.string(),
  createdAt: z.string(),
  /** When an admin last changed the title or text, else null. */
  editedAt: z.string().nullable(),
  read: z.boolean(),
  /** How many have read it (admins, and the author); null for other readers. */
  readCount: z.number().nullable(),
});
const updateBody = z
  .object({ title: headerText(200).optional(), body: z.string().trim().min(1).max(5000).optional() })
  .strict()
  .refine((b) => b.title !== undefined || b.body !== undefined, { message: 'Send a title or a body to change' });
const audienceQuery = z
  .object({ audience: z.enum(['school', 'class', 'role']), classId: objectId.optional(), role: z.enum(ROLES).optional() })
  .strict()
  .refine((a) => (a.audience === 'class') === Boolean(a.classId), { message: 'classId goes with audience "class" only', path: ['classId'] })
  .refine((a) => (a.audience === 'role') === Boolean(a.role), { message: 'role goes with audience "role" only', path: ['role'] });
const receiptsResponse = z.object({
  announcementId: z.string(),
  readCount: z.number(),
  /** How many accounts it reaches today (its author aside). */
  audienceCount: z.number(),
  readers: z.array(z.object({ userId: z.string(), name: z.string().nullable(), role: z.string().nullable(), readAt: z.string() })),
});

const announcementInScope = rowScope<{ id: string }>('announcement', (p) => svc.findVisible(p.id));

/** /api/announcements — to the school, a class or a role, with read receipts. */
export const announcementRoutes = (api: ApiRouter) =>
  api
    .route({
      method: 'get',
      path: '/',
      summary: 'Announcements I may read (school-wide, my role, my classes), with whether I read them',
      access: { kind: 'school' },
      query: listQuery(['createdAt'], '-createdAt', { unread: z.enum(['true', 'false']).optional() }),
      response: { description: 'A page of announcements', schema: pageSchema(announcementResponse) },
      handler: ({ query }) => svc.list(query),
    })
    .route({
      method: 'post',
      path: '/',
      summary: 'Announce to the school or a role (admins) or to a class (admins, its teachers)',
      access: { kind: 'school', roles: ['admin', 'teacher'] },
      body: createBody,
      response: { description: 'The announcement', schema: announcementResponse },
      handler: ({ body }) => svc.create(body),
    })
    .route({
      method: 'get',
      path: '/audience',
      summary: 'How many accounts an announcement to this audience would reach (for the confirmation before sending)',
      access: { kind: 'school', roles: ['admin', 'teacher'] },
      query: audienceQuery,
      response: { description: 'The number of recipients', schema: z.object({ count: z.number() }) },
      handler: ({ query }) => svc.audienceCount(query),
    })
    .route({
      method: 'patch',
      path: '/:id',
      summary: 'Correct the title or text (admins); it shows as edited, messages already sent are not sent again',
      access: { kind: 'school', roles: ['admin'] },
      scope: announcementInScope,
      params: idParams,
      body: updateBody,
      response: { description: 'The announcement', schema: announcementResponse },
      handler: ({ params, body }) => svc.update(params.id, body),
    })
    .route({
      method: 'delete',
      path: '/:id',
      summary: 'Withdraw an announcement (admins), with its read receipts',
      access: { kind: 'school', roles: ['admin'] },
      scope: announcementInScope,
      params: idParams,
      status: 204,
      handler: ({ params }) => svc.remove(params.id),
    })
    .route({
      method: 'post',
      path: '/:id/read',
      summary: 'Record that I read it (idempotent)',
      access: { kind: 'school' },
      scope: announcementInScope,
      params: idParams,
      status: 204,
      handler: ({ params }) => svc.markRead(params.id),
    })
    .route({
      method: 'get',
      path: '/:id/receipts',
      summary: 'Who read it (admins and the author)',
      access: { kind: 'school', roles: ['admin', 'teacher'] },
      scope: rowScope<{ id: string }>('own-announcement', (p) => svc.findOwnInScope(p.id)),
      params: idParams,
      response: { description: 'Read receipts', schema: receiptsResponse },
      handler: ({ params }) => svc.receipts(params.id),
    });
