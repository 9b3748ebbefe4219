import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { paths } from '../../config/paths';
import { fieldErrors } from '../../components/field-errors';
import { useSchoolTime } from '../../lib/school-time';
import { inviteRecord, type IssuedInvitation } from './invitation-api';

/**
 * The sign-in account of a guardian or a teacher on their list: "has an account" (managed on the users screen), or,
 * for admins, an invitation by email to the record's address (asked for when the record has none), with the link to
 * copy in case the email does not arrive.
 */
export function AccountCell({
  endpoint,
  id,
  name,
  userId,
  email,
  canManage,
}: {
  endpoint: '/guardians' | '/teachers';
  id: string;
  name: string;
  userId: string | null;
  email?: string;
  canManage: boolean;
}) {
  const [asking, setAsking] = useState(false);
  const [issued, setIssued] = useState<IssuedInvitation | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { date: day } = useSchoolTime();

  if (issued) {
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
  if (userId)
    return (
      <span>
        Yes <Link to={paths.users}>(users screen)</Link>
      </span>
    );
  if (!canManage) return <span className="muted">No</span>;

  const invite = async (address: string) => {
    try {
      setIssued(await inviteRecord(endpoint, id, address));
      setError(null);
    } catch (err) {
      const e = fieldErrors(err);
      setError(e.fields.email ?? e.form ?? 'Could not send the invitation');
      setAsking(true);
    }
  };
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    void invite(String(new FormData(e.currentTarget).get('email') ?? '').trim());
  };

  return (
    <div className="invitation">
      {asking || !email ? (
        <form className="row start" onSubmit={submit} aria-label={`Invite ${name} to sign in`} noValidate>
          <input name="email" type="email" aria-label={`Email to invite ${name}`} defaultValue={email ?? ''} placeholder="Their email" />
          <button type="submit">Invite</button>
        </form>
      ) : (
        <button type="button" onClick={() => void invite(email)} title={`Emails ${email} a link to choose a password`}>
          Invite to sign in
        </button>
      )}
      {error && <span role="alert">{error}</span>}
    </div>
  );
}
