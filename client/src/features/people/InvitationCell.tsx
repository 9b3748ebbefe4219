import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../components/field-errors';
import { useSchoolTime } from '../../lib/school-time';
import { resendInvitation, revokeInvitation, type InvitationInfo, type IssuedInvitation } from './invitation-api';

const DELIVERY = ['queued', 'sending', 'sent', 'delivered', 'failed', 'bounced', 'dead', 'cancelled', 'suppressed'] as const;
const isDelivery = (state: string): state is (typeof DELIVERY)[number] => (DELIVERY as readonly string[]).includes(state);

/**
 * An invited account's invitation on the users screen: its state and expiry, what happened to its email, and
 * (for admins) Resend, Revoke and, after a resend, the link to copy when the email does not reach the person.
 */
export function InvitationCell({ userId, invitation, canManage }: { userId: string; invitation?: InvitationInfo; canManage: boolean }) {
  const [info, setInfo] = useState(invitation);
  const [link, setLink] = useState<IssuedInvitation | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const { t } = useTranslation('people');
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
      setError(fieldErrors(err).form ?? t('invitation.resendFailed'));
    }
  };
  const revoke = async () => {
    if (!window.confirm(t('invitation.revokeConfirm'))) return;
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
      setError(fieldErrors(err).form ?? t('invitation.revokeFailed'));
    }
  };
  const copy = async () => {
    if (!link) return;
    await navigator.clipboard.writeText(new URL(link.url, window.location.origin).toString());
    setCopied(true);
  };

  const label = {
    invited: t('invitation.invited', { date: day(info.expiresAt) }),
    expired: t('invitation.expired', { date: day(info.expiresAt) }),
    accepted: t('invitation.accepted'),
    revoked: t('invitation.revoked'),
  }[info.state];
  return (
    <div className="invitation">
      <span>{label}</span>
      {info.state !== 'accepted' && info.delivery && (
        <span className="muted">
          {' '}
          {t('invitation.deliveryLine', {
            delivery: isDelivery(info.delivery) ? t(`invitation.delivery.${info.delivery}`) : info.delivery,
            date: day(info.lastSentAt),
          })}
        </span>
      )}
      {canManage && info.state !== 'accepted' && (
        <span className="row start">
          <button type="button" onClick={() => void resend()}>
            {t('invitation.resend')}
          </button>
          {info.state !== 'revoked' && (
            <button type="button" onClick={() => void revoke()}>
              {t('invitation.revoke')}
            </button>
          )}
        </span>
      )}
      {link && (
        <span className="row">
          <span className="muted">{t('invitation.giveLink', { date: day(link.expiresAt) })}</span>
          {/* A URL reads left to right in every language. */}
          <input aria-label={t('invitation.link')} readOnly value={new URL(link.url, window.location.origin).toString()} dir="ltr" />
          <button type="button" onClick={() => void copy()}>
            {copied ? t('invitation.copied') : t('invitation.copy')}
          </button>
        </span>
      )}
      {error && <span role="alert">{error}</span>}
    </div>
  );
}
