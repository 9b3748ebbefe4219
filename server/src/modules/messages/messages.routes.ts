import { RESPONDED, type ApiRouter } from '../../http/route.js';
import { flatten, sendCsv, toCsv } from '../../lib/csv.js';
import { pageSchema } from '../../lib/pagination.js';
import { idParams } from '../../lib/validation.js';
import { EXPORT_MAX, exportMessages, getMessage, listMessages, messageSummary, resendMessage } from './messages.service.js';
import { messageListQuery, messageResponse, summaryResponse } from './messages.validation.js';

/**
 * The delivery log is the admin's alone: it names every account's address, and
 * the school's users (with their emails) are the admin's to see (docs/privacy.md).
 * The dashboard's counts say nothing about anyone and are for staff too.
 */
const admin = { kind: 'school', roles: ['admin'] } as const;

/** /api/messages — the school's delivery log, resend of failed messages, counts for the dashboard. */
export const messageRoutes = (api: ApiRouter) =>
  api
    .route({
      method: 'get',
      path: '/',
      summary: "The school's delivery log, newest first: who, channel, state, attempts, last error",
      description: 'Filters: state, channel, kind, userId, from/to (days in the school time zone, both included).',
      access: admin,
      query: messageListQuery,
      response: { description: 'A page of messages', schema: pageSchema(messageResponse) },
      handler: ({ query }) => listMessages(query),
    })
    .route({
      method: 'get',
      path: '/export.csv',
      summary: `Export the delivery log as CSV (same filters as the list, up to ${EXPORT_MAX} rows)`,
      access: admin,
      query: messageListQuery,
      response: { description: 'CSV', contentType: 'text/csv' },
      handler: async ({ query, res }) => {
        const rows = (await exportMessages(query)).map((m) => flatten(m));
        sendCsv(res, 'messages.csv', toCsv(Object.keys(messageResponse.shape), rows));
        return RESPONDED;
      },
    })
    .route({
      method: 'get',
      path: '/summary',
      summary: 'Messages of the last 7 days by channel and state (the dashboard)',
      access: { kind: 'school', roles: ['admin', 'staff'] },
      response: { description: 'Counts', schema: summaryResponse },
      handler: () => messageSummary(),
    })
    .route({
      method: 'get',
      path: '/:id',
      summary: 'One message of the delivery log',
      access: admin,
      scope: 'school',
      params: idParams,
      response: { description: 'The message', schema: messageResponse },
      handler: ({ params }) => getMessage(params.id),
    })
    .route({
      method: 'post',
      path: '/:id/resend',
      summary: 'Send a failed, dead or bounced message again (attempts from zero, due now)',
      description:
        '409 NOT_RESENDABLE for any other state; 409 LINK_EXPIRED for an invitation or password reset whose link has expired or was used (send a new invitation instead).',
      access: admin,
      scope: 'school',
      params: idParams,
      status: 200,
      response: { description: 'The message, queued', schema: messageResponse },
      errors: { 409: 'Not in a state that can be resent, or its link has expired' },
      handler: ({ params }) => resendMessage(params.id),
    });
