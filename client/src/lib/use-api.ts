import { useEffect, useState } from 'react';
import { errorBody } from './http';
import { i18n } from '../i18n';

/** Loads `load()` whenever `deps` change; keeps loading and error state. */
export function useApi<T>(
  load: () => Promise<T>,
  deps: unknown[],
): { data: T | null; loading: boolean; error: string | null; reload: () => void } {
  const [state, setState] = useState<{ data: T | null; loading: boolean; error: string | null }>({
    data: null,
    loading: true,
    error: null,
  });
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let current = true;
    load().then(
      (data) => current && setState({ data, loading: false, error: null }),
      (err: unknown) => current && setState({ data: null, loading: false, error: errorBody(err)?.message ?? i18n.t('couldNotLoad') }),
    );
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- callers pass the inputs of `load` as deps
  }, [...deps, version]);
  return { ...state, reload: () => setVersion((v) => v + 1) };
}
