import axios, { AxiosError, type AxiosInstance, type InternalAxiosRequestConfig } from 'axios';
import type { SessionStore } from './session';
import { acrossTabs, type Locks } from './refresh-lock';
import { currentLanguage } from '../i18n';

export interface ApiErrorBody {
  message: string;
  error: string;
  details?: unknown;
}

interface RetriableConfig extends InternalAxiosRequestConfig {
  _retried?: boolean;
}

/** Asks the server to keep the refresh token in its httpOnly cookie (and is the CSRF proof it checks). */
export const SESSION_HEADER = { 'X-Session': 'cookie' } as const;

/** Access-token refusals a refresh can cure: expired, or ended by a logout/credential change elsewhere. */
const REFRESHABLE = new Set(['TOKEN_EXPIRED', 'TOKEN_REVOKED']);

/**
 * One HTTP client (the school portal's, or the console's). Every call carries
 * the school (X-Tenant-ID, when the address does not already name it), the
 * access token and the session header. A refreshable 401 triggers one
 * refresh (with the refresh cookie), shared by every call that failed meanwhile
 * in this tab and serialized with other tabs (Web Locks); the calls are then
 * replayed once. A refused refresh signs out, or (askToSignInAgain) asks the
 * person to sign in again over the page and then replays the call.
 */
export function createHttpClient<U>(opts: {
  baseURL: string;
  tenant: () => string | undefined;
  session: SessionStore<U>;
  onSignedOut?: () => void;
  /**
   * When the refresh is refused while someone is signed in, ask them to sign in
   * again over the page (session.requestSignIn) and replay the call, instead of
   * signing out and dropping what they typed.
   */
  askToSignInAgain?: boolean;
  /** Cross-tab locks; navigator.locks by default (tests pass their own). */
  locks?: Locks | null;
}): AxiosInstance {
  const http = axios.create({ baseURL: opts.baseURL, timeout: 20_000, withCredentials: true });
  let refreshing: Promise<string> | null = null;

  const refresh = (): Promise<string> => {
    refreshing ??= acrossTabs(
      `refresh:${opts.session.key}`,
      async () => {
        const tenant = opts.tenant();
        // A bare axios call: the refresh itself must not go through the interceptors.
        const res = await axios.post<{ accessToken: string; user?: U }>(
          `${http.defaults.baseURL ?? opts.baseURL}/auth/refresh`,
          undefined,
          {
            headers: { ...SESSION_HEADER, ...(tenant ? { 'X-Tenant-ID': tenant } : {}) },
            withCredentials: true,
            adapter: http.defaults.adapter,
          },
        );
        opts.session.set(res.data);
        return res.data.accessToken;
      },
      opts.locks,
    ).finally(() => {
      refreshing = null;
    });
    return refreshing;
  };

  http.interceptors.request.use((config) => {
    const tenant = opts.tenant();
    if (tenant) config.headers.set('X-Tenant-ID', tenant);
    config.headers.set('X-Session', SESSION_HEADER['X-Session']);
    // The server's error messages come back in the language shown (the `error` code stays the same).
    config.headers.set('Accept-Language', currentLanguage());
    const token = opts.session.token;
    if (token) config.headers.set('Authorization', `Bearer ${token}`);
    return config;
  });

  http.interceptors.response.use(undefined, async (error: unknown) => {
    if (!(error instanceof AxiosError) || !error.config) throw error;
    const config = error.config as RetriableConfig;
    const code = (error.response?.data as ApiErrorBody | undefined)?.error;
    if (error.response?.status !== 401 || !code || !REFRESHABLE.has(code) || config._retried) throw error;
    config._retried = true;
    let token: string | null;
    try {
      token = await refresh();
    } catch (refreshError) {
      // No answer (offline, server restarting): the session may well be alive; keep it and let the page offer Retry.
      if (refreshError instanceof AxiosError && !refreshError.response && opts.session.currentUser) throw error;
      if (opts.askToSignInAgain && opts.session.currentUser && (await opts.session.requestSignIn())) token = opts.session.token;
      else token = null;
      if (!token) {
        opts.session.clear();
        opts.onSignedOut?.();
        throw refreshError;
      }
    }
    config.headers.set('Authorization', `Bearer ${token}`);
    return http.request(config);
  });

  return http;
}

/** Trades the refresh cookie for a session (after a reload; under the same cross-tab lock as a refresh); null when there is none. */
export async function restore<U>(http: AxiosInstance, session: SessionStore<U>, locks?: Locks | null): Promise<U | null> {
  if (!session.maybeSignedIn) return null;
  try {
    const { data } = await acrossTabs(`refresh:${session.key}`, () => http.post<{ accessToken: string; user: U }>('/auth/refresh'), locks);
    session.set(data);
    return data.user;
  } catch {
    session.clear();
    return null;
  }
}

/** Ends the session on the server (refresh cookie and access tokens) and in this tab. */
export async function signOut<U>(http: AxiosInstance, session: SessionStore<U>): Promise<void> {
  session.clear();
  await http.post('/auth/logout').catch(() => undefined);
}

export function errorBody(err: unknown): ApiErrorBody | undefined {
  return err instanceof AxiosError ? (err.response?.data as ApiErrorBody | undefined) : undefined;
}
