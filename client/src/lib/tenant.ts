const STORAGE_KEY = 'school-platform.tenant';
const RESERVED = new Set(['www', 'api', 'admin', 'superadmin', 'app', 'static']);

/**
 * The school named by the address bar: `<school>.<base domain>` or
 * `<school>.localhost` give the subdomain; any other host may be a school's
 * custom domain, which the API resolves from the Host header by itself.
 */
export function schoolFromHost(
  hostname: string,
  baseDomain: string,
): { kind: 'subdomain'; subdomain: string } | { kind: 'host' } | { kind: 'none' } {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (host === baseDomain || host === 'localhost' || /^[\d.]+$/.test(host) || host.startsWith('[')) return { kind: 'none' };
  for (const suffix of [`.${baseDomain}`, '.localhost']) {
    if (host.endsWith(suffix)) {
      const label = host.slice(0, -suffix.length);
      if (!label.includes('.') && !RESERVED.has(label)) return { kind: 'subdomain', subdomain: label };
      return { kind: 'none' };
    }
  }
  return { kind: 'host' };
}

/** The X-Tenant-ID to send: the subdomain from the address, else the school picked on this device. */
export function tenantHeaderValue(hostname: string, baseDomain: string, stored: string | null): string | undefined {
  const fromHost = schoolFromHost(hostname, baseDomain);
  if (fromHost.kind === 'subdomain') return fromHost.subdomain;
  if (fromHost.kind === 'host') return undefined;
  return stored ?? undefined;
}

/** A link that names its school (`?school=<subdomain>`, as set-password links do) picks it on a bare host. */
export function rememberSchoolFromLink(hostname: string, baseDomain: string, search: string): void {
  const named = new URLSearchParams(search).get('school');
  if (named && /^[a-z0-9-]{3,63}$/.test(named) && schoolFromHost(hostname, baseDomain).kind === 'none') rememberedSchool.set(named);
}

export const rememberedSchool = {
  get: (): string | null => localStorage.getItem(STORAGE_KEY),
  set: (subdomain: string) => localStorage.setItem(STORAGE_KEY, subdomain),
  clear: () => localStorage.removeItem(STORAGE_KEY),
};
