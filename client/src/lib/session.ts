/**
 * A signed-in session in this tab. The access token lives in memory only; the
 * refresh token is an httpOnly cookie that scripts never see (the server sets
 * it for requests with `X-Session: cookie`). Storage keeps only a hint that a
 * session may exist, so a reload of a signed-out page does not ask the server.
 */
export interface SessionUser {
  id: string;
  name: string;
  email: string;
  role: 'admin' | 'teacher' | 'student' | 'parent' | 'staff';
}

type Listener = () => void;

export class SessionStore<U = SessionUser> {
  private accessToken: string | null = null;
  private user: U | null = null;
  private readonly listeners = new Set<Listener>();

  constructor(
    private readonly storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>,
    /** Names this session (per school, or the console) in storage and across tabs. */
    readonly key: string,
  ) {}

  get token(): string | null {
    return this.accessToken;
  }

  get currentUser(): U | null {
    return this.user;
  }

  /** Whether a refresh cookie may exist (signed in earlier in this browser and not signed out). */
  get maybeSignedIn(): boolean {
    return this.storage.getItem(this.key) === '1';
  }

  set(session: { accessToken: string; user?: U }): void {
    this.accessToken = session.accessToken;
    this.storage.setItem(this.key, '1');
    if (session.user) this.user = session.user;
    this.emit();
  }

  setUser(user: U): void {
    this.user = user;
    this.emit();
  }

  clear(): void {
    this.accessToken = null;
    this.user = null;
    this.storage.removeItem(this.key);
    this.emit();
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(): void {
    for (const l of this.listeners) l();
  }
}
