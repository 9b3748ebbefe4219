import axios, { AxiosError, type AxiosInstance, type InternalAxiosRequestConfig } from 'axios';
import type { SessionStore } from './session';

export interface ApiErrorBody {
  message: string;
  error: string;
  details?: unknown;
}

interface RetriableConfig extends InternalAxiosRequestConfig {
  _retried?: boolean;
}

/**
 * The one HTTP client of the school portal. Every call carries the school
 * (X-Tenant-ID, when the address does not already name it) and the access
 * token. A 401 TOKEN_EXPIRED triggers one refresh, shared by every call that
 * failed meanwhile; they are then replayed once. A failed refresh signs out.
 */
export function createHttpClient(opts: {
  baseURL: string;
  tenant: () => string | undefined;
  session: SessionStore;
  onSignedOut?: () => void;
}): AxiosInstance {
  const http = axios.create({ baseURL: opts.baseURL, timeout: 20_000 });
  let refreshing: Promise<string> | null = null;

  const refresh = (): Promise<string> => {
    refreshing ??= (async () => {
      const refreshToken = opts.session.refreshToken;
      if (!refreshToken) throw new Error('No refresh token');
      const tenant = opts.tenant();
      // A bare axios call: the refresh itself must not go through the interceptors.
      const res = await axios.post<{ accessToken: string; refreshToken: string }>(
        `${opts.baseURL}/auth/refresh`,
        { refreshToken },
        { headers: tenant ? { 'X-Tenant-ID': tenant } : {} },
      );
      opts.session.set(res.data);
      return res.data.accessToken;
    })().finally(() => {
      refreshing = null;
    });
    return refreshing;
  };

  http.interceptors.request.use((config) => {
    const tenant = opts.tenant();
    if (tenant) config.headers.set('X-Tenant-ID', tenant);
    const token = opts.session.token;
    if (token) config.headers.set('Authorization', `Bearer ${token}`);
    return config;
  });

  http.interceptors.response.use(undefined, async (error: unknown) => {
    if (!(error instanceof AxiosError) || !error.config) throw error;
    const config = error.config as RetriableConfig;
    const code = (error.response?.data as ApiErrorBody | undefined)?.error;
    if (error.response?.status !== 401 || code !== 'TOKEN_EXPIRED' || config._retried) throw error;
    config._retried = true;
    let token: string;
    try {
      token = await refresh();
    } catch (refreshError) {
      opts.session.clear();
      opts.onSignedOut?.();
      throw refreshError;
    }
    config.headers.set('Authorization', `Bearer ${token}`);
    return http.request(config);
  });

  return http;
}

export function errorBody(err: unknown): ApiErrorBody | undefined {
  return err instanceof AxiosError ? (err.response?.data as ApiErrorBody | undefined) : undefined;
}
