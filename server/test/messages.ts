import { runForTenant } from '../src/tenancy/tenant-context.js';
import type { TenantRecord } from '../src/tenancy/tenant.types.js';
import { enqueueMessage, type NewMessage } from '../src/modules/messages/outbox.js';
import { OutboxModel } from '../src/modules/messages/outbox.schema.js';
import type { MessageKind } from '../src/modules/messages/kinds.js';
import { tenantModel } from '../src/tenancy/tenant-context.js';
import type { TestPlatform } from './helpers.js';

/** Writes messages into a school's outbox as a request would (enqueueMessage in the school's context). */
export function enqueueFor<K extends MessageKind>(t: TestPlatform, tenant: TenantRecord, messages: NewMessage<K>[]) {
  return runForTenant(t.platform.connections, tenant, async () => {
    const out = [];
    for (const m of messages) out.push(await enqueueMessage(m));
    return out;
  });
}

/** `n` announcements by email to `<prefix>-<i>@<subdomain>.test`. */
export const announcements = (tenant: TenantRecord, n: number, prefix = 'p'): NewMessage<'announcement'>[] =>
  Array.from({ length: n }, (_, i) => ({
    key: `test:${prefix}:${i}`,
    kind: 'announcement' as const,
    channel: 'email' as const,
    to: `${prefix}-${i}@${tenant.subdomain}.test`,
    toName: `Parent ${i}`,
    vars: { title: `Notice ${prefix} ${i}`, body: 'School closes early on Friday.' },
  }));

/** The school's outbox, read directly (state, attempts, lastError…). */
export function outboxOf(t: TestPlatform, tenant: TenantRecord) {
  return runForTenant(t.platform.connections, tenant, () => tenantModel(OutboxModel).find({}).sort({ key: 1 }).lean());
}
