/** Subdomains that belong to the platform itself and can never name a school. */
export const RESERVED_SUBDOMAINS = new Set([
  'www',
  'api',
  'admin',
  'superadmin',
  'app',
  'static',
  'assets',
  'cdn',
  'mail',
  'smtp',
  'ftp',
  'status',
  'docs',
  'help',
  'support',
  'auth',
  'login',
  'dashboard',
  'localhost',
  'platform',
  'test',
]);

const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** A DNS label that a school may use as its subdomain: 3-63 chars, a-z0-9 and inner hyphens. */
export function subdomainProblem(value: string): string | undefined {
  if (value.length < 3) return 'must be at least 3 characters';
  if (value.length > 63) return 'must be at most 63 characters';
  if (!LABEL.test(value)) return 'may contain only lowercase letters, digits and inner hyphens';
  if (value.includes('--')) return 'may not contain two hyphens in a row';
  if (RESERVED_SUBDOMAINS.has(value)) return 'is reserved';
  return undefined;
}

/** A fully qualified domain a school may point at the platform. */
export function domainProblem(value: string): string | undefined {
  if (value.length > 253) return 'is too long';
  const labels = value.split('.');
  if (labels.length < 2) return 'must contain at least one dot';
  if (!labels.every((l) => LABEL.test(l))) return 'is not a valid domain name';
  if (/^\d+$/.test(labels[labels.length - 1] ?? '')) return 'must not be an IP address';
  return undefined;
}

/**
 * Lower-cases a Host header value and removes its port and trailing dot:
 * `Demo.Example.COM.:5000` → `demo.example.com`. IPv6 literals keep their brackets.
 */
export function normalizeHost(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  let host = raw.trim().toLowerCase();
  if (host.startsWith('[')) {
    const end = host.indexOf(']');
    return end > 0 ? host.slice(0, end + 1) : undefined;
  }
  const colon = host.indexOf(':');
  if (colon >= 0) host = host.slice(0, colon);
  host = host.replace(/\.+$/, '');
  return host.length > 0 && host.length <= 253 ? host : undefined;
}

export type HostIdentity = { kind: 'none' } | { kind: 'subdomain'; subdomain: string } | { kind: 'domain'; domain: string };

const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;

/**
 * What a (normalized) host says about the school: nothing (bare platform host,
 * an IP, a reserved name), a subdomain of BASE_DOMAIN or of `localhost`, or a
 * candidate custom domain.
 */
export function classifyHost(host: string | undefined, baseDomain: string): HostIdentity {
  if (!host || host.startsWith('[') || IPV4.test(host)) return { kind: 'none' };
  if (host === baseDomain || host === 'localhost') return { kind: 'none' };
  for (const suffix of new Set([`.${baseDomain}`, '.localhost'])) {
    if (host.endsWith(suffix)) {
      const label = host.slice(0, -suffix.length);
      if (label.includes('.') || RESERVED_SUBDOMAINS.has(label)) return { kind: 'none' };
      return { kind: 'subdomain', subdomain: label };
    }
  }
  return domainProblem(host) ? { kind: 'none' } : { kind: 'domain', domain: host };
}
