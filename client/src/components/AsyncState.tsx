import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

/** What an empty list should tell people: what to do next, and where. */
export interface EmptyHint {
  text: string;
  /** A link to the page where the first one is made. */
  action?: { to: string; label: string };
}

/** Loading, error (with Retry when the caller can retry) and empty states, the same everywhere. */
export function AsyncState({
  loading,
  error,
  empty,
  emptyHint,
  onRetry,
  children,
}: {
  loading: boolean;
  error: string | null;
  empty?: boolean;
  emptyHint?: EmptyHint;
  onRetry?: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  if (loading) return <p role="status">{t('loading')}</p>;
  if (error)
    return (
      <div role="alert" className="load-error">
        <p>{error}</p>
        {onRetry && (
          <button type="button" onClick={onRetry}>
            {t('retry')}
          </button>
        )}
      </div>
    );
  if (empty) return <EmptyState hint={emptyHint} />;
  return <>{children}</>;
}

export function EmptyState({ hint }: { hint?: EmptyHint }) {
  const { t } = useTranslation();
  return (
    <div className="empty-state">
      <p>{hint?.text ?? t('nothingYet')}</p>
      {hint?.action && <Link to={hint.action.to}>{hint.action.label}</Link>}
    </div>
  );
}
