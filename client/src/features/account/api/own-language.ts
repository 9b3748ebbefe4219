import { api, session } from '../../../lib/api';
import type { Language } from '../../../i18n';

/**
 * Saves the signed-in user's own language to their account (null: the school's default), so it follows them to
 * other devices and into the emails the school sends them. The session's user is updated to match.
 */
// Typed locally until the generated API types include PUT /api/auth/me/language (regenerated at merge).
export async function saveOwnLanguage(language: Language | null): Promise<void> {
  const { data } = await api.put<{ language: Language | null }>('/auth/me/language', { language });
  const user = session.currentUser;
  if (user) session.setUser({ ...user, language: data.language });
}
