import type { ConnectionFactory } from '../../tenancy/connection-factory.js';
import { runForTenant, tenantModel } from '../../tenancy/tenant-context.js';
import type { TenantRecord } from '../../tenancy/tenant.types.js';
import { enqueueMessage } from '../messages/outbox.js';
import { UserModel } from './user.schema.js';
import { sendInvitation } from './invitation.js';

/**
 * Mails a new school's first admin, in the new school's own context (its outbox): a welcome with the sign-in
 * link when the operator set a password (`welcome:<userId>`, once), else an invitation to choose one.
 */
export async function welcomeFirstAdmin(connections: ConnectionFactory, tenant: TenantRecord, adminEmail: string): Promise<void> {
  await runForTenant(connections, tenant, async () => {
    const admin = await tenantModel(UserModel).findOne({ email: adminEmail.toLowerCase(), role: 'admin' }).lean();
    if (!admin) return;
    if (admin.status === 'invited') {
      await sendInvitation(admin);
      return;
    }
    await enqueueMessage({
      key: `welcome:${admin._id.toString()}`,
      kind: 'welcome',
      channel: 'email',
      to: admin.email,
      toName: admin.name,
      userId: admin._id,
      vars: { name: admin.name },
    });
  });
}
