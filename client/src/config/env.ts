/**
 * Build-time configuration (Vite env), checked once. Plain code rather than zod: this module is on the sign-in
 * page's path, where zod would add ~20 KB gzip to every first visit.
 */
function baseDomain(value: string | undefined): string {
  if (value === undefined || value === '') return 'localhost';
  if (!/^[a-z0-9.-]+$/.test(value))
    throw new Error(`VITE_BASE_DOMAIN must be a host name (lowercase letters, digits, dots, hyphens), not ${JSON.stringify(value)}`);
  return value;
}

export const BASE_DOMAIN = baseDomain(import.meta.env.VITE_BASE_DOMAIN);
