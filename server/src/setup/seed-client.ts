/**
 * The seed's way into a school: plain HTTP to a platform's API, as the school's
 * admin, with a few requests in flight at once. A refused request that says
 * when to come back (429 rate limited, 503 school busy or restarting, with
 * Retry-After) waits and tries again; an expired session signs in again.
 */
export interface SeedApiOptions {
  /** The platform's origin, e.g. http://127.0.0.1:5000. */
  origin: string;
  /** The school's subdomain (sent as X-Tenant-ID). */
  school: string;
  /** A fresh access token of the school's admin: at start and again after a 401. */
  token: () => Promise<string>;
  /** Requests in flight at once (2: the server serves a school 2 at a time by default; more only queue there). */
  concurrency?: number;
  /** Told when the server asked to wait (so a slow seed says why). */
  onWait?: (reason: string, seconds: number) => void;
}

export class SeedApiError extends Error {
  override name = 'SeedApiError';
  constructor(
    readonly status: number,
    readonly code: string | undefined,
    message: string,
  ) {
    super(message);
  }
}

const RETRIES = 20;

export class SeedApi {
  /** Requests answered (retries included), for the summary. */
  calls = 0;
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  private accessToken: Promise<string> | undefined;
  private readonly concurrency: number;

  constructor(private readonly opts: SeedApiOptions) {
    this.concurrency = Math.max(1, opts.concurrency ?? 2);
  }

  /** One JSON request as the admin; the parsed answer, or a SeedApiError naming the call and the server's message. */
  async call<T = { id: string }>(method: string, path: string, body?: unknown): Promise<T> {
    const text = await this.send(method, path, body === undefined ? undefined : JSON.stringify(body), 'application/json');
    return (text ? JSON.parse(text) : undefined) as T;
  }

  /** A request with a raw body of another type (a CSV import). */
  async callRaw<T>(method: string, path: string, body: string, contentType: string): Promise<T> {
    return JSON.parse(await this.send(method, path, body, contentType)) as T;
  }

  /** Runs `fn` over every item with the client's bounded concurrency; results in the items' order. */
  async each<T, R>(items: readonly T[], fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
    return Promise.all(items.map((item, i) => fn(item, i)));
  }

  private async send(method: string, path: string, body: string | undefined, contentType: string): Promise<string> {
    await this.acquire();
    try {
      let renewed = false;
      for (let attempt = 0; ; attempt++) {
        const token = await (this.accessToken ??= this.opts.token());
        const res = await fetch(`${this.opts.origin}/api${path}`, {
          method,
          headers: { 'X-Tenant-ID': this.opts.school, Authorization: `Bearer ${token}`, 'Content-Type': contentType },
          body,
        });
        const text = await res.text();
        this.calls += 1;
        if (res.ok) return text;
        const error = parseError(text);
        if (res.status === 401 && !renewed) {
          // The access token expired during a long seed (a rate-limited one): sign in again, once.
          renewed = true;
          this.accessToken = undefined;
          continue;
        }
        const retryAfter = Number(res.headers.get('retry-after'));
        if ((res.status === 429 || res.status === 503) && attempt < RETRIES) {
          const seconds = Number.isFinite(retryAfter) && retryAfter > 0 ? Math.min(retryAfter, 60) : 1;
          this.opts.onWait?.(error.message ?? `${res.status}`, seconds);
          await new Promise((r) => setTimeout(r, seconds * 1000));
          continue;
        }
        throw new SeedApiError(res.status, error.code, `${method} ${path} → ${res.status} ${error.message ?? text.slice(0, 300)}`);
      }
    } finally {
      this.release();
    }
  }

  private async acquire(): Promise<void> {
    if (this.active < this.concurrency) {
      this.active += 1;
      return;
    }
    // The releasing request hands its place over directly (active stays the same).
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.active -= 1;
  }
}

function parseError(text: string): { code?: string; message?: string } {
  try {
    const body = JSON.parse(text) as { error?: unknown; message?: unknown };
    return {
      code: typeof body.error === 'string' ? body.error : undefined,
      message: typeof body.message === 'string' ? body.message : undefined,
    };
  } catch {
    return {};
  }
}

/** Signs in to a school with email and password; the access token. */
export async function signIn(origin: string, school: string, email: string, password: string): Promise<string> {
  const res = await fetch(`${origin}/api/auth/login`, {
    method: 'POST',
    headers: { 'X-Tenant-ID': school, 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const text = await res.text();
  if (!res.ok) {
    const error = parseError(text);
    throw new SeedApiError(
      res.status,
      error.code,
      `Signing in to "${school}" as ${email} failed: ${res.status} ${error.message ?? text.slice(0, 200)}`,
    );
  }
  return (JSON.parse(text) as { accessToken: string }).accessToken;
}
