import { useCallback, useEffect, useState } from 'react';

const PREFIX = 'school-platform.draft.';

/**
 * Work typed into a form (a register, a marks grid) kept in this browser until it is saved, so that a reload, a
 * page that failed or a session that ended does not lose it. `key` names the form and what it is for
 * (e.g. `register:<section>:<date>`); `clear()` after a successful save. Drafts hold what the person typed, on
 * their own device, and nothing the server would not show them.
 */
export function useDraft<T>(key: string | null, initial: T): { value: T; set: (v: T) => void; clear: () => void; restored: boolean } {
  const read = useCallback((): T | null => {
    if (!key) return null;
    try {
      const raw = localStorage.getItem(PREFIX + key);
      return raw ? (JSON.parse(raw) as T) : null;
    } catch {
      return null;
    }
  }, [key]);
  // Only the draft is held here; without one the value is always the caller's current `initial` (what the server
  // has now), so a save followed by a refetch shows the saved data, not a copy taken before it.
  const [state, setState] = useState(() => {
    const draft = read();
    return { key, draft, restored: draft !== null };
  });
  if (state.key !== key) {
    const draft = read();
    setState({ key, draft, restored: draft !== null });
  }
  useEffect(() => {
    if (!key) return;
    // Another tab saved or cleared the same form.
    const onStorage = (e: StorageEvent) => {
      if (e.key !== PREFIX + key) return;
      const draft = read();
      setState({ key, draft, restored: draft !== null });
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [key, read]);
  const set = (value: T) => {
    if (key) localStorage.setItem(PREFIX + key, JSON.stringify(value));
    setState({ key, draft: value, restored: state.restored });
  };
  const clear = () => {
    if (key) localStorage.removeItem(PREFIX + key);
    setState({ key, draft: null, restored: false });
  };
  return { value: state.draft ?? initial, set, clear, restored: state.restored };
}

/** Whether a draft is waiting for `key` (to warn before leaving, or to show "unsaved changes"). */
export const hasDraft = (key: string) => localStorage.getItem(PREFIX + key) !== null;
