import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { paths } from '../../../config/paths';
import { number } from '../../../lib/format';
import type { SetupChecklist as Checklist } from '../api/dashboard';

type Key = Checklist['steps'][number]['key'];

/** Marks drawn beside each step (hidden from screen readers, which read "(done)" instead). */
const MARK = { done: '✓', todo: '○' };

/** Each step's page (its words are `setup.steps.<key>` and `setup.actions.<key>`). */
const STEP_PAGES: Record<Key, string> = {
  year: paths.years,
  grades: paths.gradeLevels,
  classes: paths.classes,
  subjects: paths.subjects,
  teachers: paths.teachers,
  students: paths.students,
  invitations: paths.teachers,
};

/**
 * A new school's way in: the setup steps in the order they depend on each other, each done or not from the
 * school's own records, each a link to where it is done. The first step not done is the one to do next.
 */
export function SetupChecklist({ checklist, onDismiss }: { checklist: Checklist; onDismiss: () => void }) {
  const { t } = useTranslation('home');
  const next = checklist.steps.find((s) => !s.done)?.key;
  const done = checklist.steps.filter((s) => s.done).length;
  const total = checklist.steps.length;
  return (
    <section className="card setup" aria-labelledby="setup-title">
      <div className="row">
        <h2 id="setup-title">{t('setup.title')}</h2>
        <button type="button" className="link" onClick={onDismiss}>
          {t('setup.hide')}
        </button>
      </div>
      <p>{t('setup.stepsDone', { count: total, n: number(total), done: number(done) })}</p>
      <ol className="setup-steps">
        {checklist.steps.map((s) => (
          <li key={s.key} className={s.done ? 'done' : s.key === next ? 'next' : undefined}>
            <span className="setup-mark" aria-hidden="true">
              {s.done ? MARK.done : MARK.todo}
            </span>
            <span className="setup-label">
              {t(`setup.steps.${s.key}`)} <span className="sr-only">{s.done ? t('setup.done') : t('setup.notDone')}</span>
            </span>
            {/* Action links avoid the menu's words ("Add a class", not "Add classes"): one name, one link. */}
            {s.done ? (
              <span className="muted">{t('setup.doneMark')}</span>
            ) : (
              <Link to={STEP_PAGES[s.key]} className={s.key === next ? 'button' : undefined}>
                {t(`setup.actions.${s.key}`)}
              </Link>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
