import type { FormEvent } from 'react';
import { rememberedSchool } from '../../lib/tenant';

/** On an address that names no school (a bare host): ask for the school's code and remember it on this device. */
export function FindSchool({ onChosen }: { onChosen: () => void }) {
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
      <h1>Find your school</h1>
      <form onSubmit={submit}>
        <label>
          School code{' '}
          <input
            name="school"
            placeholder="e.g. demo"
            required
            autoFocus
            autoCapitalize="none"
            // Browsers compile `pattern` with the `v` flag, where a bare `-` in a class is an error.
            pattern="[a-z0-9\-]{3,63}"
            title="3 to 63 lowercase letters, digits or hyphens"
          />
        </label>
        <button type="submit">Continue</button>
      </form>
    </main>
  );
}
