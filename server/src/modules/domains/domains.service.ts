import { resolveTxt } from 'node:dns/promises';
import mongoose, { Types } from 'mongoose';
import { z } from 'zod';
import type { PlatformDb } from '../../db/platform-db.js';
import type { TenantResolver } from '../../tenancy/tenant-resolver.js';
import { AppError, isDuplicateKey, notFound } from '../../lib/errors.js';
import { randomToken } from '../../lib/crypto.js';
import { logger } from '../../lib/logger.js';

/** Looks up the TXT records of a name (node's resolver by default; tests give a fake one). */
export type TxtResolver = (name: string) => Promise<string[][]>;
export const systemTxtResolver: TxtResolver = (name) => resolveTxt(name);

export interface DomainDeps {
  db: PlatformDb;
  resolver: TenantResolver;
  resolveTxt: TxtResolver;
}

const PREFIX = '_school-verify';
const txtName = (domain: string) => `${PREFIX}.${domain}`;
const txtValue = (token: string) => `school-verify=${token}`;
const domainTaken = () => new AppError(409, 'DOMAIN_EXISTS', 'This domain is already verified for another school');

export const domainStatusResponse = z.object({
  domain: z.string().nullable().describe('The verified custom domain: it routes to the school'),
  pending: z
    .object({
      domain: z.string(),
      record: z.object({ type: z.literal('TXT'), name: z.string(), value: z.string() }),
      requestedAt: z.string(),
    })
    .nullable()
    .describe('A requested domain waiting for its TXT record'),
});
export type DomainStatus = z.infer<typeof domainStatusResponse>;

export async function domainStatus(db: PlatformDb, tenantId: string): Promise<DomainStatus> {
  const [tenant, request] = await Promise.all([
    db.Tenant.findById(tenantId).select('customDomain').lean(),
    db.DomainRequest.findOne({ tenantId }).lean(),
  ]);
  if (!tenant) throw notFound('School', 'TENANT_NOT_FOUND');
  return {
    domain: tenant.customDomain ?? null,
    pending: request
      ? {
          domain: request.domain,
          record: { type: 'TXT', name: txtName(request.domain), value: txtValue(request.token) },
          requestedAt: request.requestedAt.toISOString(),
        }
      : null,
  };
}

/**
 * Asks for a custom domain: returns the TXT record to publish at
 * `_school-verify.<domain>`. Replaces an earlier pending request of the school.
 * A domain verified for another school is refused (409).
 */
export async function requestDomain(deps: DomainDeps, tenantId: string, domain: string): Promise<DomainStatus> {
  const { db } = deps;
  if (!deps.resolver.isCustomDomain(domain)) {
    throw new AppError(400, 'VALIDATION_ERROR', 'Invalid request', [
      { path: 'domain', message: "is one of the platform's own addresses; use the school's own domain" },
    ]);
  }
  const owner = await db.TenantDomain.findOne({ domain }).lean();
  if (owner && !owner.tenantId.equals(tenantId)) throw domainTaken();
  await db.DomainRequest.deleteMany({ tenantId });
  if (!owner) await db.DomainRequest.create({ tenantId, domain, token: randomToken(18) });
  return domainStatus(db, tenantId);
}

/**
 * Checks the pending domain's TXT record. Found: the domain becomes the
 * school's (routing starts; any earlier domain of the school stops). Not
 * found: 422 with what to publish and what was seen.
 */
export async function verifyDomain(deps: DomainDeps, tenantId: string): Promise<DomainStatus> {
  const { db } = deps;
  const request = await db.DomainRequest.findOne({ tenantId }).lean();
  if (!request) throw new AppError(404, 'NO_DOMAIN_REQUEST', 'No custom domain is waiting for verification');
  const name = txtName(request.domain);
  const expected = txtValue(request.token);
  let found: string[] = [];
  try {
    found = (await deps.resolveTxt(name)).map((chunks) => chunks.join(''));
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code !== 'ENOTFOUND' && code !== 'ENODATA') {
      logger.warn({ err, domain: request.domain }, 'TXT lookup failed');
      throw new AppError(503, 'DNS_UNAVAILABLE', 'The DNS lookup failed; try again in a minute');
    }
  }
  if (!found.includes(expected)) {
    throw new AppError(
      422,
      'DOMAIN_NOT_VERIFIED',
      `The TXT record ${name} does not hold the expected value yet (DNS changes can take a while)`,
      {
        expected: { type: 'TXT', name, value: expected },
        found,
      },
    );
  }
  const id = new Types.ObjectId(tenantId);
  try {
    await db.TenantDomain.create({ domain: request.domain, tenantId: id });
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
    const owner = await db.TenantDomain.findOne({ domain: request.domain }).lean();
    if (!owner?.tenantId.equals(id)) throw domainTaken();
  }
  const tenant = await db.Tenant.findById(id).select('subdomain customDomain').lean();
  if (!tenant) throw notFound('School', 'TENANT_NOT_FOUND');
  await db.TenantDomain.deleteMany({ tenantId: id, domain: mongoose.trusted({ $ne: request.domain }) });
  await db.Tenant.updateOne({ _id: id }, { $set: { customDomain: request.domain } });
  await db.DomainRequest.deleteOne({ _id: request._id });
  await deps.resolver.invalidate({ id: tenantId, subdomain: tenant.subdomain, customDomain: tenant.customDomain ?? undefined });
  await deps.resolver.invalidate({ id: tenantId, subdomain: tenant.subdomain, customDomain: request.domain });
  logger.info({ tenantId, domain: request.domain }, 'custom domain verified');
  return domainStatus(db, tenantId);
}

/** Stops a school's custom domain (verified or pending). */
export async function removeDomain(deps: DomainDeps, tenantId: string): Promise<DomainStatus> {
  const { db } = deps;
  const tenant = await db.Tenant.findById(tenantId).select('subdomain customDomain').lean();
  if (!tenant) throw notFound('School', 'TENANT_NOT_FOUND');
  await db.TenantDomain.deleteMany({ tenantId: tenant._id });
  await db.DomainRequest.deleteMany({ tenantId: tenant._id });
  await db.Tenant.updateOne({ _id: tenant._id }, { $unset: { customDomain: 1 } });
  await deps.resolver.invalidate({ id: tenantId, subdomain: tenant.subdomain, customDomain: tenant.customDomain ?? undefined });
  return domainStatus(db, tenantId);
}
