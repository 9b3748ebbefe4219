import { platformApi, platformSession } from '../../../lib/platform-api';
import type { Answer, Body } from '../../../lib/api-types';

/** Signs an operator in to the console (its own session, never a school's). */
export async function signIn(credentials: Body<'/api/superadmin/auth/login', 'post'>): Promise<void> {
  const { data } = await platformApi.post<Answer<'/api/superadmin/auth/login', 'post'>>('/auth/login', credentials);
  platformSession.set(data);
}
