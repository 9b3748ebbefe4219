import type { ConnectionFactory } from '../../tenancy/connection-factory.js';
import { runForTenant, tenantModel } from '../../tenancy/tenant-context.js';
import type { TenantRecord } from '../../tenancy/tenant.types.js';
import { enqueueMessage } from '../messages/outbox.js';
import { UserModel } from './user.schema.js';
import { sendInvitation } from './invitation.js';

/**
 * Mails a new school's first admin, in the new school's own context (its outbox): a welcome with the sign-in
 * link when the operator set a password (`welcome:<userId>`, once), else an invitation to choose one, whose
 * link is returned for the operator to pass on if the email does not arrive.
 */
export async function welcomeFirstAdmin(
  connections: ConnectionFactory,
  tenant: TenantRecord,
  adminEmail: string,
): Promise<{ invitationUrl?: string }> {
  return runForTenant(connections, tenant, async () => {
    const admin = await tenantModel(UserModel).findOne({ email: adminEmail.toLowerCase(), role: 'admin' }).lean();
    if (!admin) return {};
    if (admin.status === 'invited') return { invitationUrl: (await sendInvitation(admin)).url };
    await enqueueMessage({
      key: `welcome:${admin._id.toString()}`,
      kind: 'welcome',
      channel: 'email',
      to: admin.email,
      toName: admin.name,
      userId: admin._id,
      vars: { name: admin.name },
    });
    return {};
  });
}
