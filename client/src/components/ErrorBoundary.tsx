import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A dynamic import that failed (a new deploy removed the old chunk, or the network dropped). */
const isChunkError = (err: Error) =>
  /dynamically imported module|Failed to fetch|Importing a module script failed|ChunkLoadError/i.test(err.message);

/**
 * Keeps a failure inside the page that failed: the menu, the header and other pages keep working, and the page
 * offers Retry. `resetKey` (the route) clears the failure when the person goes elsewhere. A page whose code could
 * not be fetched can only be retried by loading the app again (React keeps a failed lazy import), so Retry reloads.
 */
export class ErrorBoundary extends Component<{ resetKey?: string; children: ReactNode }, { error: Error | null; key?: string }> {
  override state: { error: Error | null; key?: string } = { error: null, key: this.props.resetKey };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  static getDerivedStateFromProps(props: { resetKey?: string }, state: { error: Error | null; key?: string }) {
    return props.resetKey !== state.key ? { error: null, key: props.resetKey } : null;
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('page failed', error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const chunk = isChunkError(error);
    return <PageFailed chunk={chunk} onRetry={() => (chunk ? window.location.reload() : this.setState({ error: null }))} />;
  }
}

function PageFailed({ chunk, onRetry }: { chunk: boolean; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <section role="alert" className="load-error">
      <h1>{t('errorBoundary.title')}</h1>
      <p>{t(chunk ? 'errorBoundary.chunk' : 'errorBoundary.page')}</p>
      <button type="button" onClick={onRetry}>
        {t('retry')}
      </button>
    </section>
  );
}
