import { useEffect } from 'react';
import { useBlocker } from 'react-router-dom';
import { i18n } from '../i18n';

/**
 * Asks before leaving a page with unsaved work: closing or reloading the tab (beforeunload) and moving to another
 * page of the app (react-router's blocker; needs the data router of app/App.tsx).
 */
export function useUnsavedWarning(dirty: boolean, message: string = i18n.t('unsavedWarning')) {
  useEffect(() => {
    if (!dirty) return;
    const onUnload = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', onUnload);
    return () => window.removeEventListener('beforeunload', onUnload);
  }, [dirty]);
  const blocker = useBlocker(({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname);
  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    if (window.confirm(message)) blocker.proceed();
    else blocker.reset();
  }, [blocker, message]);
}
