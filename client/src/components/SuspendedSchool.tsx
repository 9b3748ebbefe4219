import { useState, type ReactNode } from 'react';
import { fetchSchoolStatus, type SchoolStatus } from '../lib/public-tenant';
import { Notice } from './Notice';
import { SignInForm } from './SignInForm';

/**
 * A suspended school's page: the server's public message (suspended, whom to ask) for everyone; its admin
 * may enter their password to read the reason the platform operator gave. Nothing is signed in.
 */
export function SuspendedSchool({ message, children }: { message: string; children?: ReactNode }) {
  const [status, setStatus] = useState<SchoolStatus | null>(null);
  return (
    <Notice title="This school's account is suspended" text={message}>
      {status ? (
        <div role="status">
          <h2>Why</h2>
          <p>{status.reason ?? 'The platform operator gave no reason.'}</p>
          {status.since && <p className="muted">Since {new Date(status.since).toLocaleDateString()}</p>}
          <p>{status.message}</p>
        </div>
      ) : (
        <details>
          <summary>School administrator? See why</summary>
          <SignInForm
            label="See why the school is suspended"
            submitLabel="See why"
            busyLabel="Checking…"
            autoFocus={false}
            onSubmit={async (credentials) => setStatus(await fetchSchoolStatus(credentials))}
          />
        </details>
      )}
      {children}
    </Notice>
  );
}
