import { useState } from 'react';
import { fieldErrors } from '../../components/field-errors';
import { useSchoolTime } from '../../lib/school-time';
import { resendInvitation, revokeInvitation, type InvitationInfo, type IssuedInvitation } from './invitation-api';

const DELIVERY: Record<string, string> = {
  queued: 'email waiting to be sent',
  sending: 'email being sent',
  sent: 'email sent',
  delivered: 'email delivered',
  failed: 'email failed, will retry',
  bounced: 'email bounced',
  dead: 'email could not be delivered',
  cancelled: 'email cancelled',
  suppressed: 'email not sent',
};

/**
 * An invited account's invitation on the users screen: its state and expiry, what happened to its email, and
 * (for admins) Resend, Revoke and, after a resend, the link to copy when the email does not reach the person.
 */
export function InvitationCell({ userId, invitation, canManage }: { userId: string; invitation?: InvitationInfo; canManage: boolean }) {
  const [info, setInfo] = useState(invitation);
  const [link, setLink] = useState<IssuedInvitation | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const { date: day } = useSchoolTime();
  if (!info) return <span className="muted">—</span>;

  const resend = async () => {
    try {
      const next = await resendInvitation(userId);
      const now = new Date().toISOString();
      setInfo({ state: 'invited', expiresAt: next.expiresAt, lastSentAt: now, delivery: 'queued' });
      setLink(next);
      setError(null);
    } catch (err) {
      setError(fieldErrors(err).form ?? 'Could not resend the invitation');
    }
  };
  const revoke = async () => {
    if (!window.confirm('Revoke this invitation? Its link stops working and the account is disabled.')) return;
    try {
      await revokeInvitation(userId);
      setInfo({
        ...info,
        state: 'revoked',
        delivery: info.delivery === 'queued' || info.delivery === 'failed' ? 'cancelled' : info.delivery,
      });
      setLink(null);
      setError(null);
    } catch (err) {
      setError(fieldErrors(err).form ?? 'Could not revoke the invitation');
    }
  };
  const copy = async () => {
    if (!link) return;
    await navigator.clipboard.writeText(new URL(link.url, window.location.origin).toString());
    setCopied(true);
  };

  const label = {
    invited: `Invited, expires ${day(info.expiresAt)}`,
    expired: `Expired ${day(info.expiresAt)}`,
    accepted: 'Accepted',
    revoked: 'Revoked',
  }[info.state];
  return (
    <div className="invitation">
      <span>{label}</span>
      {info.state !== 'accepted' && info.delivery && (
        <span className="muted">
          {' '}
          · {DELIVERY[info.delivery] ?? info.delivery} (link issued {day(info.lastSentAt)})
        </span>
      )}
      {canManage && info.state !== 'accepted' && (
        <span className="row start">
          <button type="button" onClick={() => void resend()}>
            Resend
          </button>
          {info.state !== 'revoked' && (
            <button type="button" onClick={() => void revoke()}>
              Revoke
            </button>
          )}
        </span>
      )}
      {link && (
        <span className="row">
          <span className="muted">
            If the email does not arrive, give them this link yourself (it works once, until {day(link.expiresAt)}; earlier links no longer
            work):
          </span>
          <input aria-label="Invitation link" readOnly value={new URL(link.url, window.location.origin).toString()} />
          <button type="button" onClick={() => void copy()}>
            {copied ? 'Copied' : 'Copy link'}
          </button>
        </span>
      )}
      {error && <span role="alert">{error}</span>}
    </div>
  );
}
