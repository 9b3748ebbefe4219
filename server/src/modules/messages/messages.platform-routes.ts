import { z } from 'zod';
import type { ApiRouter } from '../../http/route.js';
import { idParams } from '../../lib/validation.js';
import {
  consoleResponse,
  messagesConsole,
  schoolMessages,
  schoolMessagesResponse,
  type MessagesConsoleDeps,
} from './messages.platform.service.js';

const platform = { kind: 'platform' } as const;

/** /api/superadmin/messages… — the operators' view of messaging: queue depth and failures per school. */
export const messagesPlatformRoutes = (api: ApiRouter, deps: MessagesConsoleDeps): ApiRouter =>
  api
    .route({
      method: 'get',
      path: '/messages',
      summary:
        'Messaging across the platform: the queue of schools with work, and per school its queue and last 7 days, most failures first',
      access: platform,
      query: z.object({ limit: z.coerce.number().int().min(1).max(500).default(100) }).strict(),
      response: { description: 'Queue and schools', schema: consoleResponse },
      handler: ({ query }) => messagesConsole(deps, query.limit),
    })
    .route({
      method: 'get',
      path: '/tenants/:id/messages',
      summary: "One school's messaging: its queue entry, counts per day (30 days), its outbox by state (7 days)",
      access: platform,
      params: idParams,
      response: { description: "The school's messaging", schema: schoolMessagesResponse },
      handler: ({ params }) => schoolMessages(deps, params.id),
    });
