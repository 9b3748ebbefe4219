import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageMenu } from '../../components/LanguageMenu';
import { rememberedSchool } from '../../lib/tenant';

/** On an address that names no school (a bare host): ask for the school's code and remember it on this device. */
export function FindSchool({ onChosen }: { onChosen: () => void }) {
  const { t } = useTranslation('auth');
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const code = String(new FormData(e.currentTarget).get('school')).trim().toLowerCase();
    if (code) {
      rememberedSchool.set(code);
      onChosen();
    }
  };
  return (
    <main className="card" id="main">
      <header className="row">
        <h1>{t('findSchool.title')}</h1>
        <LanguageMenu />
      </header>
      <form onSubmit={submit}>
        <label>
          {t('findSchool.code')}{' '}
          <input
            name="school"
            placeholder={t('findSchool.placeholder')}
            required
            autoFocus
            autoCapitalize="none"
            // Browsers compile `pattern` with the `v` flag, where a bare `-` in a class is an error.
            pattern="[a-z0-9\-]{3,63}"
            title={t('findSchool.pattern')}
          />
        </label>
        <button type="submit">{t('findSchool.continue')}</button>
      </form>
    </main>
  );
}
