import { z } from 'zod';
import { api } from '../../lib/api';

/** An invited account's invitation, as GET /api/users shows it. */
export const invitationInfo = z.object({
  state: z.enum(['invited', 'expired', 'accepted', 'revoked']),
  expiresAt: z.string(),
  lastSentAt: z.string(),
  /** The outbox state of the latest invitation email (queued, sending, sent, failed, dead, cancelled…). */
  delivery: z.string().nullable(),
});
export type InvitationInfo = z.infer<typeof invitationInfo>;

const issued = z.object({ userId: z.string(), url: z.string(), expiresAt: z.string() });
export type IssuedInvitation = z.infer<typeof issued>;

/** A new link and a new email; earlier links stop working. The link comes back as a fallback to copy. */
export const resendInvitation = async (userId: string) => issued.parse((await api.post(`/users/${userId}/invitation/resend`)).data);

/** Withdraws the invitation: the account is disabled and an unsent email cancelled. */
export const revokeInvitation = async (userId: string) => void (await api.post(`/users/${userId}/invitation/revoke`));

/** A sign-in account for a guardian or teacher record that has none: an invitation email to `email`, and its link. */
export const inviteRecord = async (endpoint: '/guardians' | '/teachers', id: string, email: string) =>
  issued.parse((await api.post(`${endpoint}/${id}/account`, { email })).data);
