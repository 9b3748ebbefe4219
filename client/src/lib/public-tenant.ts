import { z } from 'zod';
import { api } from './api';
import type { Answer, Body } from './api-types';

/** What anyone may know of the school at this address (GET /api/tenant): name, theme, features, time zone. */
export const publicTenant = z.object({
  id: z.string(),
  name: z.string(),
  shortName: z.string().optional(),
  subdomain: z.string(),
  logo: z.string().optional(),
  motto: z.string().optional(),
  /** The school's IANA zone (absent from an older server: the browser's zone is used). */
  timeZone: z.string().optional(),
  theme: z.object({ primaryColor: z.string(), secondaryColor: z.string(), fontFamily: z.string(), logoUrl: z.string().optional() }),
  features: z.array(z.string()),
});
export type PublicTenant = z.infer<typeof publicTenant>;

export const fetchTenant = async () => publicTenant.parse((await api.get('/tenant')).data);

export type SchoolStatus = Answer<'/api/school-status', 'post'>;

/** A suspended school's admin asks why (password checked by the server; nobody is signed in). */
export const fetchSchoolStatus = async (input: Body<'/api/school-status', 'post'>) =>
  (await api.post<SchoolStatus>('/school-status', input)).data;
