import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { paths } from '../../../config/paths';
import { currentLocale } from '../../../i18n';
import { number } from '../../../lib/format';
import { errorMessage } from '../../../lib/query';
import { isolate } from '../../../lib/bidi';
import { AsyncState } from '../../../components/AsyncState';
import { useMyClasses, useTeacherDay } from '../api/dashboard';

/**
 * A lesson's times ("08:00", "08:45": the school's wall clock) as the shown locale writes a range of times
 * ("8:00 – 8:45 AM", "08:00 – 08:45", "8:00–8:45 ص"). Read as UTC so that no zone moves them.
 */
function timeRange(start: string, end: string) {
  const at = (hhmm: string) => new Date(`1970-01-01T${hhmm}:00Z`);
  const format = new Intl.DateTimeFormat(currentLocale(), { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });
  return Number.isNaN(at(start).getTime()) || Number.isNaN(at(end).getTime()) ? `${start}–${end}` : format.formatRange(at(start), at(end));
}

/** A teacher's day: today's lessons from the timetable, the registers of their sections not yet taken, their classes. */
export function TeacherDashboard() {
  const { t } = useTranslation('home');
  const q = useTeacherDay();
  const d = q.data;
  return (
    <div className="dashboard-grid">
      <section className="card" aria-labelledby="lessons">
        <h2 id="lessons">{t('teacher.lessons')}</h2>
        <AsyncState
          loading={q.isPending}
          error={q.isError ? errorMessage(q.error) : null}
          onRetry={() => void q.refetch()}
          empty={d?.lessons.length === 0}
          emptyHint={{ text: t('teacher.noLessons'), action: { to: paths.timetable, label: t('teacher.openTimetable') } }}
        >
          <ul className="plain">
            {d?.lessons.map((l) => (
              <li key={l.id}>
                <Link to={`${paths.timetable}?section=${l.classId}:${l.sectionId}`}>
                  {t(l.room ? 'teacher.lessonInRoom' : 'teacher.lesson', {
                    time: timeRange(l.start, l.end),
                    section: isolate(l.section),
                    subject: isolate(l.subject),
                    room: isolate(l.room),
                  })}
                </Link>
              </li>
            ))}
          </ul>
        </AsyncState>
      </section>
      <section className="card" aria-labelledby="my-registers">
        <h2 id="my-registers">{t('teacher.registersToday')}</h2>
        {d &&
          (d.registers.sections === 0 ? (
            <p className="muted">{t('teacher.noSections')}</p>
          ) : d.registers.missing.length === 0 ? (
            <p>{t('teacher.allTaken', { count: d.registers.sections, n: number(d.registers.sections) })}</p>
          ) : (
            <>
              <p className="figure">
                {t('teacher.notTaken', { count: d.registers.missing.length, n: number(d.registers.missing.length) })}
              </p>
              <ul className="plain">
                {d.registers.missing.map((s) => (
                  <li key={s.sectionId}>
                    <Link to={`${paths.attendance}?section=${s.sectionId}`}>
                      {t('teacher.takeRegisterOf', { section: isolate(s.name) })}
                    </Link>
                  </li>
                ))}
              </ul>
            </>
          ))}
      </section>
      <MyClasses />
    </div>
  );
}

/** A teacher's classes, each a click away from its register, its marks sheet and its timetable. */
function MyClasses() {
  const { t } = useTranslation('home');
  const mine = useMyClasses();
  return (
    <section className="card" aria-labelledby="my-classes">
      <h2 id="my-classes">{t('teacher.myClasses')}</h2>
      <AsyncState
        loading={mine.isPending}
        error={mine.isError ? errorMessage(mine.error) : null}
        onRetry={() => void mine.refetch()}
        empty={mine.data?.length === 0}
        emptyHint={{ text: t('teacher.noClasses') }}
      >
        <ul className="plain">
          {mine.data?.map((a) => (
            <li key={a.id} className="row">
              <span>
                <strong>
                  <bdi>{a.section}</bdi>
                </strong>{' '}
                · <bdi>{a.subject}</bdi>
              </span>
              <Link to={`${paths.attendance}?section=${a.sectionId}`}>{t('teacher.takeAttendance')}</Link>
              <Link to={`${paths.marks}?class=${a.classId}&section=${a.sectionId}`}>{t('teacher.enterMarks')}</Link>
              <Link to={`${paths.timetable}?section=${a.classId}:${a.sectionId}`}>{t('teacher.timetable')}</Link>
            </li>
          ))}
        </ul>
      </AsyncState>
    </section>
  );
}
