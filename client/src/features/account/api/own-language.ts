import { api, session } from '../../../lib/api';
import type { Answer } from '../../../lib/api-types';
import type { Language } from '../../../i18n';

/**
 * Saves the signed-in user's own language to their account (null: the school's default), so it follows them to
 * other devices and into the emails the school sends them. The session's user is updated to match.
 */
export async function saveOwnLanguage(language: Language | null): Promise<void> {
  const { data } = await api.put<Answer<'/api/auth/me/language', 'put'>>('/auth/me/language', { language });
  const user = session.currentUser;
  if (user) session.setUser({ ...user, language: data.language });
}
