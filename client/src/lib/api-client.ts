import axios, { AxiosError } from 'axios';
import { rememberedSchool, tenantHeaderValue } from './tenant';

export const BASE_DOMAIN: string = import.meta.env.VITE_BASE_DOMAIN ?? 'localhost';

export interface ApiErrorBody {
  message: string;
  error: string;
  details?: { path: string; message: string }[];
}

const tokens = {
  school: () => sessionStorage.getItem('school.accessToken'),
  platform: () => sessionStorage.getItem('platform.accessToken'),
};

/** The one HTTP client: every call carries the school header and the right bearer token. */
export const api = axios.create({ baseURL: '/api', timeout: 15_000 });

api.interceptors.request.use((config) => {
  const tenant = tenantHeaderValue(window.location.hostname, BASE_DOMAIN, rememberedSchool.get());
  const isPlatform = config.url?.startsWith('/superadmin') ?? false;
  if (tenant && !isPlatform) config.headers.set('X-Tenant-ID', tenant);
  const token = isPlatform ? tokens.platform() : tokens.school();
  if (token) config.headers.set('Authorization', `Bearer ${token}`);
  return config;
});

export function errorMessage(err: unknown): string {
  if (err instanceof AxiosError && err.response?.data && typeof err.response.data === 'object') {
    return (err.response.data as ApiErrorBody).message ?? err.message;
  }
  return err instanceof Error ? err.message : 'Something went wrong';
}

export function errorCode(err: unknown): string | undefined {
  return err instanceof AxiosError ? (err.response?.data as ApiErrorBody | undefined)?.error : undefined;
}

export function saveToken(kind: 'school' | 'platform', token: string | null): void {
  const key = `${kind}.accessToken`;
  if (token) sessionStorage.setItem(key, token);
  else sessionStorage.removeItem(key);
}
