import type { Language } from '../i18n';

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
  /** The language the person chose for their account; null: the school's default; absent from an older server. */
  language?: Language | null;
}

type Listener = () => void;

export class SessionStore<U = SessionUser> {
  private accessToken: string | null = null;
  private user: U | null = null;
  private readonly listeners = new Set<Listener>();
  /** Callers waiting for the person to sign in again (see requestSignIn). */
  private waiting: ((signedIn: boolean) => void)[] | null = null;

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

  /** True while the session has ended under an open page and the person is asked to sign in again. */
  get signInRequested(): boolean {
    return this.waiting !== null;
  }

  /**
   * The session ended (the refresh was refused) while someone works on a page:
   * forget the dead access token but keep the user, so the page stays as it is,
   * and wait until they sign in again (true) or choose to sign out (false).
   * Every call that fails meanwhile waits for the same answer.
   */
  requestSignIn(): Promise<boolean> {
    this.accessToken = null;
    const wait = new Promise<boolean>((resolve) => (this.waiting ??= []).push(resolve));
    this.emit();
    return wait;
  }

  /** Answers requestSignIn: signed in again (a new token is set) or not. */
  endSignInRequest(signedIn: boolean): void {
    const waiting = this.waiting ?? [];
    this.waiting = null;
    for (const resolve of waiting) resolve(signedIn);
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
