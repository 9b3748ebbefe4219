import { useCallback, useEffect, useState } from 'react';

const PREFIX = 'school-platform.draft.';

/**
 * Work typed into a form (a register, a marks grid) kept in this browser until it is saved, so that a reload, a
 * page that failed or a session that ended does not lose it. `key` names the form and what it is for
 * (e.g. `register:<section>:<date>`); `clear()` after a successful save. Drafts hold what the person typed, on
 * their own device, and nothing the server would not show them.
 */
export function useDraft<T>(key: string | null, initial: T): { value: T; set: (v: T) => void; clear: () => void; restored: boolean } {
  const read = useCallback((): { value: T; restored: boolean } => {
    if (!key) return { value: initial, restored: false };
    try {
      const raw = localStorage.getItem(PREFIX + key);
      return raw ? { value: JSON.parse(raw) as T, restored: true } : { value: initial, restored: false };
    } catch {
      return { value: initial, restored: false };
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `initial` is the value for a key without a draft
  }, [key]);
  const [state, setState] = useState(() => ({ key, ...read() }));
  if (state.key !== key) setState({ key, ...read() });
  useEffect(() => {
    if (!key) return;
    // Another tab saved or cleared the same form.
    const onStorage = (e: StorageEvent) => e.key === PREFIX + key && setState({ key, ...read() });
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [key, read]);
  const set = (value: T) => {
    if (key) localStorage.setItem(PREFIX + key, JSON.stringify(value));
    setState({ key, value, restored: state.restored });
  };
  const clear = () => {
    if (key) localStorage.removeItem(PREFIX + key);
    setState({ key, value: initial, restored: false });
  };
  return { value: state.value, set, clear, restored: state.restored };
}

/** Whether a draft is waiting for `key` (to warn before leaving, or to show "unsaved changes"). */
export const hasDraft = (key: string) => localStorage.getItem(PREFIX + key) !== null;
