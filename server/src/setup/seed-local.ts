import type { AddressInfo } from 'node:net';
import type { Platform } from '../platform.js';
import { createApp } from '../http/app.js';
import { RateLimits } from '../http/rate-limit.js';
import { runForTenant, tenantModel } from '../tenancy/tenant-context.js';
import { UserModel } from '../modules/users/user.schema.js';
import { DEMO_SUBDOMAIN } from './initial-tenant.js';
import { SeedApi } from './seed-client.js';
import { seedDemo, type SeedOptions, type SeedResult } from './seed-demo.js';

/**
 * Seeds the demo school from inside the process that holds the platform (the server started with --demo, or the
 * seed command when no server is running): through the same API, on a loopback listener of its own whose rate
 * limits are off (a seed makes hundreds of requests a minute; the server's users keep theirs). The token is the
 * demo admin's, signed by this process as it signs any sign-in.
 */
export async function seedDemoInProcess(
  p: Platform,
  opts: SeedOptions & { concurrency?: number } = {},
): Promise<SeedResult & { calls: number }> {
  const tenant = await p.tenants.bySubdomain(DEMO_SUBDOMAIN);
  if (!tenant) throw new Error(`There is no demo school "${DEMO_SUBDOMAIN}"`);
  const rateLimits = await RateLimits.create({ ...p.config.rateLimit, enabled: false });
  const server = createApp({ ...p, rateLimits }).listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  try {
    const api = new SeedApi({
      origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      school: DEMO_SUBDOMAIN,
      concurrency: opts.concurrency,
      token: async () => {
        const admin = await runForTenant(p.connections, tenant, () =>
          tenantModel(UserModel).findOne({ role: 'admin', status: 'active' }).select('_id sessionVersion').lean(),
        );
        if (!admin) throw new Error('The demo school has no active admin');
        return p.tokens.signSchool({ id: admin._id.toString(), tenantId: tenant.id, role: 'admin', sv: admin.sessionVersion ?? 0 });
      },
      onWait: (reason, seconds) => opts.log?.(`the server asked to wait ${seconds} s (${reason})`),
    });
    const result = await seedDemo(api, opts);
    return { ...result, calls: api.calls };
  } finally {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
    await rateLimits.close();
  }
}
