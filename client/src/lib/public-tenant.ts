import { api } from './api';
import type { Answer, Body } from './api-types';

type TenantAnswer = Answer<'/api/tenant', 'get'>;

/** What anyone may know of the school at this address (GET /api/tenant): name, theme, features, time zone. */
export type PublicTenant = Omit<TenantAnswer, 'timeZone' | 'language' | 'locale' | 'weekStart'> &
  /** The school's IANA zone, language and locale (absent from an older server: the browser's are used). */
  Partial<Pick<TenantAnswer, 'timeZone' | 'language' | 'locale' | 'weekStart'>>;

/**
 * The school at this address. Typed from the server's OpenAPI document and checked by hand rather than with zod:
 * this runs before the sign-in page shows, and zod would add ~20 KB gzip to every first visit. An answer that is
 * not the school (a proxy's HTML page) fails here instead of deep in the theme.
 */
export async function fetchTenant(): Promise<PublicTenant> {
  const { data } = await api.get<unknown>('/tenant');
  if (!isPublicTenant(data)) throw new Error('The school could not be loaded');
  return data;
}

function isPublicTenant(data: unknown): data is PublicTenant {
  if (typeof data !== 'object' || data === null) return false;
  const t = data as Partial<Record<keyof PublicTenant, unknown>>;
  return (
    typeof t.id === 'string' && typeof t.name === 'string' && typeof t.theme === 'object' && t.theme !== null && Array.isArray(t.features)
  );
}

export type SchoolStatus = Answer<'/api/school-status', 'post'>;

/** A suspended school's admin asks why (password checked by the server; nobody is signed in). */
export const fetchSchoolStatus = async (input: Body<'/api/school-status', 'post'>) =>
  (await api.post<SchoolStatus>('/school-status', input)).data;
