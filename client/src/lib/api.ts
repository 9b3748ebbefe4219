import type { AxiosInstance } from 'axios';
import { BASE_DOMAIN } from '../config/env';
import { createHttpClient } from './http';
import { SessionStore } from './session';
import { rememberedSchool, tenantHeaderValue } from './tenant';

const tenant = () => tenantHeaderValue(window.location.hostname, BASE_DOMAIN, rememberedSchool.get());

/** The signed-in session of this browser for the school it is showing. */
export const session = new SessionStore(localStorage, `school-platform.session.${tenant() ?? window.location.hostname}`);

/** The one HTTP client for school routes. */
export const api = createHttpClient({ baseURL: '/api', tenant, session, askToSignInAgain: true });

/** One page of a server-side list, as every list endpoint answers. */
export interface Page<T> {
  data: T[];
  page: number;
  totalPages: number;
  total: number;
}

/** GETs one page of a list (from the school's API unless another client is given); `params` with empty values left out. */
export async function getPage<T>(
  url: string,
  params: Record<string, string | number | undefined>,
  client: AxiosInstance = api,
): Promise<Page<T>> {
  const sent = Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined && v !== ''));
  return (await client.get<Page<T>>(url, { params: sent })).data;
}
