import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../i18n';
import { fetchSchoolStatus, type SchoolStatus } from '../lib/public-tenant';
import { Notice } from './Notice';
import { SignInForm } from './SignInForm';

/**
 * A suspended school's page: the server's public message (suspended, whom to ask) for everyone; its admin
 * may enter their password to read the reason the platform operator gave. Nothing is signed in.
 */
export function SuspendedSchool({ message, children }: { message: string; children?: ReactNode }) {
  const { t } = useTranslation('auth');
  const [status, setStatus] = useState<SchoolStatus | null>(null);
  return (
    <Notice title={t('suspended.title')} text={message}>
      {status ? (
        <div role="status">
          <h2>{t('suspended.why')}</h2>
          <p>{status.reason ?? t('suspended.noReason')}</p>
          {status.since && (
            <p className="muted">
              {t('suspended.since', { date: new Date(status.since).toLocaleDateString(currentLocale(), { dateStyle: 'long' }) })}
            </p>
          )}
          <p>{status.message}</p>
        </div>
      ) : (
        <details>
          <summary>{t('suspended.adminSeeWhy')}</summary>
          <SignInForm
            label={t('suspended.formLabel')}
            submitLabel={t('suspended.seeWhy')}
            busyLabel={t('suspended.checking')}
            autoFocus={false}
            onSubmit={async (credentials) => setStatus(await fetchSchoolStatus(credentials))}
          />
        </details>
      )}
      {children}
    </Notice>
  );
}
