import { api, session } from '../../lib/api';
import type { SessionUser } from '../../lib/session';
import type { Body } from '../../lib/api-types';
import { restore, signOut } from '../../lib/http';

// Request types from the OpenAPI document, not zod schemas: the sign-in page loads this file eagerly, where zod would
// add ~20 KB gzip to every first visit (the server validates; the form's fields are `required` and `type=email`).
export async function login(input: Body<'/api/auth/login', 'post'>): Promise<SessionUser> {
  const { data } = await api.post<{ accessToken: string; user: SessionUser }>('/auth/login', input);
  session.set(data);
  return data.user;
}

/** After a reload: trade the refresh cookie for a session. */
export const restoreSession = () => restore(api, session);

export const logout = () => signOut(api, session);

/** Asks for a reset link. The answer is the same whether or not the address has an account. */
export async function requestPasswordReset(input: Body<'/api/auth/forgot-password', 'post'>): Promise<string> {
  const { data } = await api.post<{ message: string }>('/auth/forgot-password', input);
  return data.message;
}

/** Sets a new password with the token of a reset link; every session of the account ends. */
export async function resetPassword(input: Body<'/api/auth/reset-password', 'post'>): Promise<void> {
  await api.post('/auth/reset-password', input);
}

/** Sets the password of an invited account with the token of its invitation link; the account becomes active. */
export async function acceptInvitation(input: Body<'/api/auth/accept-invitation', 'post'>): Promise<void> {
  await api.post('/auth/accept-invitation', input);
}
