import { z } from 'zod';
import { api, session } from '../../lib/api';
import type { SessionUser } from '../../lib/session';
import { restore, signOut } from '../../lib/http';

export const loginInput = z.object({ email: z.email(), password: z.string().min(1) });

export async function login(input: z.infer<typeof loginInput>): Promise<SessionUser> {
  const { data } = await api.post<{ accessToken: string; user: SessionUser }>('/auth/login', input);
  session.set(data);
  return data.user;
}

/** After a reload: trade the refresh cookie for a session. */
export const restoreSession = () => restore(api, session);

export const logout = () => signOut(api, session);

export const forgotPasswordInput = z.object({ email: z.email() });

/** Asks for a reset link. The answer is the same whether or not the address has an account. */
export async function requestPasswordReset(input: z.infer<typeof forgotPasswordInput>): Promise<string> {
  const { data } = await api.post<{ message: string }>('/auth/forgot-password', input);
  return data.message;
}

/** Sets a new password with the token of a reset link; every session of the account ends. */
export async function resetPassword(input: { token: string; password: string }): Promise<void> {
  await api.post('/auth/reset-password', input);
}
