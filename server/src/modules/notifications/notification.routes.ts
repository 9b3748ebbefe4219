import { z } from 'zod';
import { Types } from 'mongoose';
import { rowScope, type ApiRouter } from '../../http/route.js';
import { idParams } from '../../lib/validation.js';
import { findPage, pageSchema } from '../../lib/pagination.js';
import { notFound } from '../../lib/errors.js';
import { currentTenant, tenantModel } from '../../tenancy/tenant-context.js';
import { requestLanguage } from '../../http/request-language.js';
import type { Language } from '../../lib/i18n.js';
import { alertText, type AlertText } from '../messages/alert-text.js';
import { currentUser } from '../../auth/authenticate.js';
import { listQuery } from '../../school/crud.js';
import { NOTIFICATION_KINDS, NotificationModel, type NotificationDoc } from './notification.schema.js';

const listNotificationsQuery = listQuery(['createdAt'], '-createdAt', { unread: z.enum(['true', 'false']).optional() });
const notificationResponse = z.object({
  id: z.string(),
  kind: z.enum(NOTIFICATION_KINDS),
  title: z.string(),
  body: z.string(),
  data: z.unknown(),
  read: z.boolean(),
  createdAt: z.string(),
});
type Lean = NotificationDoc & { _id: Types.ObjectId; createdAt: Date };
/**
 * A notification as its reader reads it: an alert with a catalogue key in `lng` (dates and money in the school's
 * locale); an announcement, or an alert stored before alerts had keys, as stored.
 */
const toDto = (lng: Language, schoolLocale?: string) => (n: Lean) => ({
  id: n._id.toString(),
  kind: n.kind,
  ...((n.text?.key && alertText(n.text as AlertText, lng, schoolLocale)) || { title: n.title, body: n.body }),
  data: n.data ?? null,
  read: Boolean(n.readAt),
  createdAt: n.createdAt.toISOString(),
});

/** /api/notifications — the signed-in user's own alerts. */
export const notificationRoutes = (api: ApiRouter) =>
  api
    .route({
      method: 'get',
      path: '/',
      summary: 'My notifications, newest first',
      access: { kind: 'school' },
      query: listNotificationsQuery,
      response: { description: 'A page of notifications', schema: pageSchema(notificationResponse) },
      handler: async ({ query, req }) => {
        const filter = { userId: new Types.ObjectId(currentUser().id), ...(query.unread === 'true' ? { readAt: null } : {}) };
        const N = tenantModel(NotificationModel);
        return findPage(N, filter, query, toDto(requestLanguage(req), currentTenant().schoolConfig.locale ?? undefined));
      },
    })
    .route({
      method: 'post',
      path: '/:id/read',
      summary: 'Mark one of my notifications read',
      access: { kind: 'school' },
      // The signed-in user's own notifications: any other id is 404.
      scope: rowScope<{ id: string }>('notification', async (p) => {
        const mine = await tenantModel(NotificationModel).exists({
          _id: new Types.ObjectId(p.id),
          userId: new Types.ObjectId(currentUser().id),
        });
        if (!mine) throw notFound('Notification');
        return mine;
      }),
      params: idParams,
      status: 204,
      handler: async ({ params }) => {
        const res = await tenantModel(NotificationModel).updateOne(
          { _id: new Types.ObjectId(params.id), userId: new Types.ObjectId(currentUser().id) },
          { $set: { readAt: new Date() } },
        );
        if (res.matchedCount === 0) throw notFound('Notification');
      },
    });
