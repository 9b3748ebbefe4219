import { api, session } from '../../../lib/api';
import type { SessionUser } from '../../../lib/session';

/** Changes the signed-in user's own email and/or password (the server wants the current password); this tab stays signed in. */
export async function changeOwnAccount(input: { currentPassword: string; email?: string; password?: string }): Promise<SessionUser> {
  const { data } = await api.patch<{ accessToken: string; user: SessionUser }>('/auth/me', input);
  session.set(data);
  return data.user;
}
