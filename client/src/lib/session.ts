/**
 * The signed-in school session. The access token lives in memory only; the
 * refresh token is kept per school in localStorage so a reload stays signed in
 * (an httpOnly cookie would be safer against XSS: noted for a later change).
 */
export interface SessionUser {
  id: string;
  name: string;
  email: string;
  role: 'admin' | 'teacher' | 'student' | 'parent' | 'staff';
}

type Listener = () => void;

export class SessionStore {
  private accessToken: string | null = null;
  private user: SessionUser | null = null;
  private readonly listeners = new Set<Listener>();

  constructor(
    private readonly storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>,
    private readonly key: string,
  ) {}

  get token(): string | null {
    return this.accessToken;
  }

  get currentUser(): SessionUser | null {
    return this.user;
  }

  get refreshToken(): string | null {
    return this.storage.getItem(this.key);
  }

  set(session: { accessToken: string; refreshToken: string; user?: SessionUser }): void {
    this.accessToken = session.accessToken;
    this.storage.setItem(this.key, session.refreshToken);
    if (session.user) this.user = session.user;
    this.emit();
  }

  setUser(user: SessionUser): void {
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
