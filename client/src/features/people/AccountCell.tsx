import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../components/field-errors';
import { useSchoolTime } from '../../lib/school-time';
import { InvitationCell } from './InvitationCell';
import { useAccount, useInviteRecord, type IssuedInvitation, type RecordEndpoint } from './api/accounts';

/**
 * The sign-in account of a student, guardian or staff record, where the record is shown. For admins: no account →
 * Invite (the record's address, or one typed here); invited → the email's delivery, expiry, Resend, Revoke; expired
 * or revoked → Resend; active. The invitation link is shown to copy in case the email does not arrive.
 */
export function AccountCell({
  endpoint,
  id,
  name,
  userId,
  email,
  canManage,
}: {
  endpoint: RecordEndpoint;
  id: string;
  name: string;
  userId: string | null;
  email?: string;
  canManage: boolean;
}) {
  const { t } = useTranslation('people');
  const [issued, setIssued] = useState<IssuedInvitation | null>(null);
  if (issued) return <Issued name={name} issued={issued} />;
  if (!userId)
    return canManage ? (
      <InviteForm endpoint={endpoint} id={id} name={name} email={email} onIssued={setIssued} />
    ) : (
      <span className="muted">{t('account.none')}</span>
    );
  if (!canManage) return <span>{t('account.has')}</span>;
  return <AccountState userId={userId} />;
}

function AccountState({ userId }: { userId: string }) {
  const { t } = useTranslation('people');
  const account = useAccount(userId, true);
  if (account.isPending) return <span className="muted">…</span>;
  if (account.isError) return <span role="alert">{t('account.loadFailed')}</span>;
  const a = account.data;
  if (!a) return <span className="muted">{t('account.deleted')}</span>;
  if (a.invitation && a.invitation.state !== 'accepted')
    return <InvitationCell key={`${a.id}:${a.invitation.state}`} userId={a.id} invitation={a.invitation} canManage />;
  return <span>{a.status === 'disabled' ? t('account.disabled') : t('account.active', { email: a.email })}</span>;
}

function Issued({ name, issued }: { name: string; issued: IssuedInvitation }) {
  const { t } = useTranslation('people');
  const { date: day } = useSchoolTime();
  const url = new URL(issued.url, window.location.origin).toString();
  return (
    <div className="invitation">
      <span role="status">{t('account.issued', { date: day(issued.expiresAt) })}</span>
      <span className="row">
        <span className="muted">{t('account.giveLink')}</span>
        {/* A URL reads left to right in every language. */}
        <input aria-label={t('account.linkFor', { name })} readOnly value={url} dir="ltr" />
      </span>
    </div>
  );
}

function InviteForm(props: {
  endpoint: RecordEndpoint;
  id: string;
  name: string;
  email?: string;
  onIssued: (i: IssuedInvitation) => void;
}) {
  const { t } = useTranslation('people');
  const invite = useInviteRecord(props.endpoint, props.id);
  // Closed until asked for: a list row then reads "No account, Invite…", not a form per row.
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const send = (address: string) =>
    invite.mutate(address, {
      onSuccess: props.onIssued,
      onError: (err) => {
        const e = fieldErrors(err);
        setError(e.fields.email ?? e.form ?? t('account.inviteFailed'));
        setAsking(true);
      },
    });
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    send(String(new FormData(e.currentTarget).get('email') ?? '').trim());
  };
  return (
    <div className="invitation">
      <span className="muted">{t('account.none')}</span>
      {asking ? (
        <form className="row start" onSubmit={submit} aria-label={t('account.inviteForm', { name: props.name })} noValidate>
          <input
            name="email"
            type="email"
            aria-label={t('account.emailFor', { name: props.name })}
            defaultValue={props.email ?? ''}
            placeholder={t('account.emailPlaceholder')}
          />
          <button type="submit" disabled={invite.isPending}>
            {t('account.invite')}
          </button>
        </form>
      ) : props.email ? (
        <button
          type="button"
          disabled={invite.isPending}
          onClick={() => send(props.email!)}
          title={t('account.inviteTitle', { email: props.email })}
        >
          {t('account.inviteToSignIn')}
        </button>
      ) : (
        <button type="button" onClick={() => setAsking(true)} title={t('account.askTitle')}>
          {t('account.ask')}
        </button>
      )}
      {error && <span role="alert">{error}</span>}
    </div>
  );
}
