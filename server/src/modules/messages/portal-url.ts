import type { TenantRecord } from '../../tenancy/tenant.types.js';

export interface PublicUrlSettings {
  baseDomain: string;
  scheme: 'http' | 'https';
  /** Shown only when set (outside production the API's own port; behind a proxy on 443, unset). */
  port?: number;
}

/**
 * The absolute address of a school's portal, for links in messages: its
 * custom domain when it has one, else `<subdomain>.<BASE_DOMAIN>`; no trailing slash.
 */
export function portalUrl(tenant: Pick<TenantRecord, 'subdomain' | 'customDomain'>, settings: PublicUrlSettings): string {
  const host = tenant.customDomain || `${tenant.subdomain}.${settings.baseDomain}`;
  const defaultPort = settings.scheme === 'https' ? 443 : 80;
  const port = settings.port && settings.port !== defaultPort ? `:${settings.port}` : '';
  return `${settings.scheme}://${host}${port}`;
}

/** `path` (starting with `/`) on the school's portal; an absolute URL is kept as it is. */
export function portalLink(base: string, path: string): string {
  if (/^https?:\/\//i.test(path)) return path;
  return `${base}${path.startsWith('/') ? '' : '/'}${path}`;
}
