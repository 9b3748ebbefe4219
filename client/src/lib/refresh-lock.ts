/** The part of the Web Locks API (navigator.locks) the refresh needs. */
export interface Locks {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

const browserLocks = (): Locks | undefined => (globalThis as { navigator?: { locks?: Locks } }).navigator?.locks;

/**
 * Runs `fn` while holding the lock `name` across every tab of this origin, so
 * two tabs never refresh with the same refresh cookie at once (the second
 * would present a token the first just rotated). Without Web Locks (old
 * browsers) it runs at once; the server's short grace for a just-rotated token
 * covers that case.
 */
export function acrossTabs<T>(name: string, fn: () => Promise<T>, locks: Locks | null | undefined = browserLocks()): Promise<T> {
  return locks ? locks.request(name, fn) : fn();
}
