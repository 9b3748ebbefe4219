import { useState, type FormEvent } from 'react';
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
  const [issued, setIssued] = useState<IssuedInvitation | null>(null);
  if (issued) return <Issued name={name} issued={issued} />;
  if (!userId)
    return canManage ? (
      <InviteForm endpoint={endpoint} id={id} name={name} email={email} onIssued={setIssued} />
    ) : (
      <span className="muted">No account</span>
    );
  if (!canManage) return <span>Has an account</span>;
  return <AccountState userId={userId} />;
}

function AccountState({ userId }: { userId: string }) {
  const account = useAccount(userId, true);
  if (account.isPending) return <span className="muted">…</span>;
  if (account.isError) return <span role="alert">Could not load the account</span>;
  const a = account.data;
  if (!a) return <span className="muted">Account deleted</span>;
  if (a.invitation && a.invitation.state !== 'accepted')
    return <InvitationCell key={`${a.id}:${a.invitation.state}`} userId={a.id} invitation={a.invitation} canManage />;
  return <span>{a.status === 'disabled' ? 'Account disabled' : `Active (${a.email})`}</span>;
}

function Issued({ name, issued }: { name: string; issued: IssuedInvitation }) {
  const { date: day } = useSchoolTime();
  const url = new URL(issued.url, window.location.origin).toString();
  return (
    <div className="invitation">
      <span role="status">Invited, link expires {day(issued.expiresAt)} · email on its way</span>
      <span className="row">
        <span className="muted">If the email does not arrive, give them this link yourself (it works once):</span>
        <input aria-label={`Invitation link for ${name}`} readOnly value={url} />
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
  const invite = useInviteRecord(props.endpoint, props.id);
  // Closed until asked for: a list row then reads "No account, Invite…", not a form per row.
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const send = (address: string) =>
    invite.mutate(address, {
      onSuccess: props.onIssued,
      onError: (err) => {
        const e = fieldErrors(err);
        setError(e.fields.email ?? e.form ?? 'Could not send the invitation');
        setAsking(true);
      },
    });
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    send(String(new FormData(e.currentTarget).get('email') ?? '').trim());
  };
  return (
    <div className="invitation">
      <span className="muted">No account</span>
      {asking ? (
        <form className="row start" onSubmit={submit} aria-label={`Invite ${props.name} to sign in`} noValidate>
          <input
            name="email"
            type="email"
            aria-label={`Email to invite ${props.name}`}
            defaultValue={props.email ?? ''}
            placeholder="Their email"
          />
          <button type="submit" disabled={invite.isPending}>
            Invite
          </button>
        </form>
      ) : props.email ? (
        <button
          type="button"
          disabled={invite.isPending}
          onClick={() => send(props.email!)}
          title={`Emails ${props.email} a link to choose a password`}
        >
          Invite to sign in
        </button>
      ) : (
        <button type="button" onClick={() => setAsking(true)} title="Asks for their email, then sends them a link to choose a password">
          Invite…
        </button>
      )}
      {error && <span role="alert">{error}</span>}
    </div>
  );
}
