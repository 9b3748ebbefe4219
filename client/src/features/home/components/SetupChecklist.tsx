import { Link } from 'react-router-dom';
import { paths } from '../../../config/paths';
import type { SetupChecklist as Checklist } from '../api/dashboard';

type Key = Checklist['steps'][number]['key'];

/** Each step: what it asks, and the page where it is done. */
const STEPS: Record<Key, { label: string; to: string; action: string }> = {
  year: { label: 'Academic year with its terms', to: paths.years, action: 'Add the year' },
  grades: { label: 'Grade levels', to: paths.gradeLevels, action: 'Add a grade' },
  classes: { label: 'Classes with their sections', to: paths.classes, action: 'Add a class' },
  subjects: { label: 'Subjects', to: paths.subjects, action: 'Add a subject' },
  teachers: { label: 'Teachers', to: paths.teachers, action: 'Add a teacher' },
  students: { label: 'Students', to: paths.students, action: 'Add a student' },
  invitations: { label: 'Invitations sent (teachers, parents, students)', to: paths.teachers, action: 'Send an invitation' },
};

/**
 * A new school's way in: the setup steps in the order they depend on each other, each done or not from the
 * school's own records, each a link to where it is done. The first step not done is the one to do next.
 */
export function SetupChecklist({ checklist, onDismiss }: { checklist: Checklist; onDismiss: () => void }) {
  const next = checklist.steps.find((s) => !s.done)?.key;
  const done = checklist.steps.filter((s) => s.done).length;
  return (
    <section className="card setup" aria-labelledby="setup-title">
      <div className="row">
        <h2 id="setup-title">Set up your school</h2>
        <button type="button" className="link" onClick={onDismiss}>
          Hide this list
        </button>
      </div>
      <p>
        {done} of {checklist.steps.length} steps done.
      </p>
      <ol className="setup-steps">
        {checklist.steps.map((s) => {
          const step = STEPS[s.key];
          return (
            <li key={s.key} className={s.done ? 'done' : s.key === next ? 'next' : undefined}>
              <span className="setup-mark" aria-hidden="true">
                {s.done ? '✓' : '○'}
              </span>
              <span className="setup-label">
                {step.label} <span className="sr-only">{s.done ? '(done)' : '(not done)'}</span>
              </span>
              {/* Action links avoid the menu's words ("Add a class", not "Add classes"): one name, one link. */}
              {s.done ? (
                <span className="muted">Done</span>
              ) : (
                <Link to={step.to} className={s.key === next ? 'button' : undefined}>
                  {step.action}
                </Link>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
