import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { currentLocale, i18n } from '../../i18n';
import { weekdayName } from '../../lib/format';
import { DAYS, schoolWeek, weekColumns } from './week-columns';
import { useSearchParams } from 'react-router-dom';
import { api } from '../../lib/api';
import { useApi } from '../../lib/use-api';
import { errorBody } from '../../lib/http';
import type { SessionUser } from '../../lib/session';
import { AsyncState } from '../../components/AsyncState';
import { PrintButton } from '../../components/ExportButton';
import { fieldErrors, noErrors, type FieldErrors } from '../../components/field-errors';
import { Field, FormError } from '../../components/FormErrors';
import { loadOptions } from '../../lib/school-options';
import { FormActions, Options } from '../../components/FormActions';

/** A day's name in the shown language ("lundi", "الاثنين"), from Intl rather than a list of our own, for a sentence. */
const dayInSentence = (day: (typeof DAYS)[number]) => weekdayName(DAYS.indexOf(day) + 1);
/** The same standing alone (a column header, an option): French and Spanish write "Lundi", "Lunes" there. */
const dayName = (day: (typeof DAYS)[number]) => {
  const name = dayInSentence(day);
  return name.charAt(0).toLocaleUpperCase(currentLocale()) + name.slice(1);
};
interface Period {
  id: string;
  classId: string;
  sectionId: string;
  day: (typeof DAYS)[number];
  start: string;
  end: string;
  subjectId: string;
  teacherId: string;
  room: string | null;
}
interface Choice {
  value: string;
  label: string;
}
const ME = 'me';

/** Choices of whose week to show, by role: every section (staff), mine and every section (teachers), my children's (parents, students). */
async function loadContext(role: SessionUser['role']) {
  const options = await loadOptions();
  let views: Choice[] = options.sections;
  let teacherId: string | null = null;
  let teachers: Choice[] = [];
  if (role === 'teacher') {
    teacherId = (await api.get<{ teacherId: string | null }>('/assignments/mine')).data.teacherId;
    if (teacherId) views = [{ value: ME, label: i18n.t('timetable:mine') }, ...views];
  }
  if (role === 'parent' || role === 'student') {
    const kids = (
      await api.get<{ data: { firstName: string; classId: string | null; sectionId: string | null }[] }>('/students', {
        params: { limit: 20 },
      })
    ).data.data;
    views = kids
      .filter((k) => k.classId && k.sectionId)
      .map((k) => {
        const value = `${k.classId}:${k.sectionId}`;
        const section = options.sections.find((s) => s.value === value)?.label ?? i18n.t('timetable:aClass');
        return { value, label: i18n.t('timetable:childClass', { name: k.firstName, section }) };
      });
  }
  if (role === 'admin' || role === 'staff') {
    const res = await api.get<{ data: { id: string; firstName: string; lastName: string }[] }>('/teachers', {
      params: { kind: 'teacher', limit: 100, sort: 'lastName' },
    });
    teachers = res.data.data.map((t) => ({ value: t.id, label: `${t.firstName} ${t.lastName}` }));
  }
  return { views, teacherId, teachers, subjects: options.subjects };
}

/** A section's (or a teacher's) week as a grid; admins add periods and are told exactly what a new one clashes with. */
export function TimetablePage({
  role,
  weekStart = 1,
}: {
  role: SessionUser['role'];
  /** ISO 1 (Monday) … 7 (Sunday). */ weekStart?: number;
}) {
  const { t } = useTranslation('timetable');
  const [params] = useSearchParams();
  const [view, setView] = useState(params.get('section') ?? '');
  const [adding, setAdding] = useState(false);
  const ctx = useApi(() => loadContext(role), [role]);
  const chosen = view || ctx.data?.views[0]?.value || '';
  const periods = useApi(async () => {
    if (!chosen) return [];
    const filter = chosen === ME ? { teacherId: ctx.data?.teacherId } : { sectionId: chosen.split(':')[1] };
    return (await api.get<{ data: Period[] }>('/timetable', { params: { ...filter, limit: 100, sort: 'start' } })).data.data;
  }, [chosen, ctx.data?.teacherId]);

  const label = (list: Choice[] | undefined, v: string) => list?.find((o) => o.value === v)?.label;
  const remove = async (p: Period) => {
    const subject = label(ctx.data?.subjects, p.subjectId) ?? t('thisPeriod');
    if (!window.confirm(t('confirmRemove', { subject, day: dayInSentence(p.day), time: p.start }))) return;
    try {
      await api.delete(`/timetable/${p.id}`);
      periods.reload();
    } catch (err) {
      window.alert(errorBody(err)?.message ?? t('couldNotRemove'));
    }
  };

  const rows = [...new Set((periods.data ?? []).map((p) => `${p.start}–${p.end}`))].sort();
  const days = weekColumns(weekStart, new Set(periods.data?.map((p) => p.day)));
  const canEdit = role === 'admin' && chosen !== '' && chosen !== ME;
  return (
    <section>
      <h1>{t('title')}</h1>
      <AsyncState
        loading={ctx.loading}
        error={ctx.error}
        onRetry={ctx.reload}
        empty={ctx.data?.views.length === 0}
        emptyHint={{ text: t('noViews') }}
      >
        <div className="row">
          <label>
            {t('show')}
            <select value={chosen} onChange={(e) => (setView(e.target.value), setAdding(false))}>
              <Options list={ctx.data?.views ?? []} />
            </select>
          </label>
          {canEdit && !adding && (
            <button type="button" onClick={() => setAdding(true)}>
              {t('addPeriod')}
            </button>
          )}
          <PrintButton label={t('printWeek')} />
        </div>
        {adding && ctx.data && (
          <PeriodForm
            placement={chosen}
            subjects={ctx.data.subjects}
            weekStart={weekStart}
            teachers={ctx.data.teachers}
            onDone={() => (setAdding(false), periods.reload())}
            onCancel={() => setAdding(false)}
          />
        )}
        <AsyncState
          loading={periods.loading}
          error={periods.error}
          onRetry={periods.reload}
          empty={periods.data?.length === 0}
          emptyHint={{ text: t('empty') }}
        >
          <div className="table-wrap">
            <table className="timetable">
              <thead>
                <tr>
                  <th scope="col">{t('time')}</th>
                  {days.map((d) => (
                    <th scope="col" key={d}>
                      {dayName(d)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((slot) => (
                  <tr key={slot}>
                    <th scope="row" dir="ltr">
                      {slot}
                    </th>
                    {days.map((d) => (
                      <td key={d}>
                        {periods.data
                          ?.filter((p) => p.day === d && `${p.start}–${p.end}` === slot)
                          .map((p) => (
                            <span className="period" key={p.id}>
                              <strong>{label(ctx.data?.subjects, p.subjectId) ?? t('subject')}</strong>
                              {chosen === ME && <> · {label(ctx.data?.views, `${p.classId}:${p.sectionId}`)}</>}
                              {label(ctx.data?.teachers, p.teacherId) && <> · {label(ctx.data?.teachers, p.teacherId)}</>}
                              {p.room && <> · {t('room', { room: p.room })}</>}
                              {canEdit && (
                                <>
                                  {' '}
                                  <button type="button" className="link" onClick={() => void remove(p)}>
                                    {t('remove')}
                                  </button>
                                </>
                              )}
                            </span>
                          ))}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </AsyncState>
      </AsyncState>
    </section>
  );
}

interface Clash {
  with: 'section' | 'teacher' | 'room';
  period: Period;
}

/** "Same teacher: Monday 08:00–08:45, room 4", in the shown language. */
function clashText(c: Clash, t: TFunction<'timetable'>): string {
  const what = ({ section: 'clash.section', teacher: 'clash.teacher', room: 'clash.room' } as const)[c.with] ?? 'clash.section';
  const clash = t(what, { day: dayInSentence(c.period.day), start: c.period.start, end: c.period.end });
  return c.period.room ? t('clash.withRoom', { clash, room: c.period.room }) : clash;
}

function PeriodForm(props: {
  placement: string;
  subjects: Choice[];
  teachers: Choice[];
  weekStart: number;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('timetable');
  const [errors, setErrors] = useState<FieldErrors>(noErrors);
  const [clashes, setClashes] = useState<Clash[]>([]);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const [classId, sectionId] = props.placement.split(':');
    const room = String(f.get('room') ?? '').trim();
    try {
      await api.post('/timetable', {
        classId,
        sectionId,
        day: f.get('day'),
        start: f.get('start'),
        end: f.get('end'),
        subjectId: f.get('subjectId'),
        teacherId: f.get('teacherId'),
        ...(room ? { room } : {}),
      });
      props.onDone();
    } catch (err) {
      const body = errorBody(err);
      if (body?.error === 'TIMETABLE_CLASH') {
        setClashes(body.details as Clash[]);
        setErrors({ form: body.message, fields: {} });
      } else {
        setClashes([]);
        setErrors(fieldErrors(err));
      }
    }
  };
  return (
    <form className="card-item" onSubmit={submit} aria-label={t('form.label')} noValidate>
      <div className="row">
        <label>
          {t('form.day')}
          <select name="day" defaultValue={schoolWeek(props.weekStart)[0]}>
            {schoolWeek(props.weekStart).map((d) => (
              <option key={d} value={d}>
                {dayName(d)}
              </option>
            ))}
          </select>
        </label>
        <Field label={t('form.starts')} name="start" errors={errors}>
          <input name="start" type="time" defaultValue="08:00" required />
        </Field>
        <Field label={t('form.ends')} name="end" errors={errors}>
          <input name="end" type="time" defaultValue="08:45" required />
        </Field>
      </div>
      <Field label={t('form.subject')} name="subjectId" errors={errors}>
        <select name="subjectId" required>
          <Options list={props.subjects} placeholder={t('form.choose')} />
        </select>
      </Field>
      <Field label={t('form.teacher')} name="teacherId" errors={errors}>
        <select name="teacherId" required>
          <Options list={props.teachers} placeholder={t('form.choose')} />
        </select>
      </Field>
      <label>
        {t('form.room')} <input name="room" maxLength={40} />
      </label>
      <FormError errors={errors} />
      {clashes.length > 0 && (
        <ul>
          {clashes.map((c) => (
            <li key={c.period.id}>{clashText(c, t)}</li>
          ))}
        </ul>
      )}
      <FormActions submit={t('form.save')} onCancel={props.onCancel} />
    </form>
  );
}
