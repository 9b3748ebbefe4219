import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AsyncState } from '../../components/AsyncState';
import { fieldErrors, noErrors, type FieldErrors } from '../../components/field-errors';
import { FormError } from '../../components/FormErrors';
import { useSchoolOptions } from '../../lib/school-options';
import { listState } from '../../lib/query';
import { number } from '../../lib/format';
import { useRollover, type RolloverBatch } from './api/rollover';
import { Options } from '../../components/FormActions';
import { DataTable, type Column } from '../../components/DataTable';

const ACTIONS = ['promoted', 'retained', 'graduated'] as const;
type Action = (typeof ACTIONS)[number];
interface Move {
  studentId: string;
  name: string;
  action: Action;
  placement: string;
  problem: string | null;
}

/** Year end: propose a move per student, let the admin change any of them, apply them as one batch, undo the batch if needed. */
export function RolloverPage() {
  const { t } = useTranslation('enrolment');
  const options = listState(useSchoolOptions());
  const rollover = useRollover();
  const [classIds, setClassIds] = useState<string[]>([]);
  const [yearId, setYearId] = useState('');
  const [moves, setMoves] = useState<Move[] | null>(null);
  const [batch, setBatch] = useState<RolloverBatch | null>(null);
  const [errors, setErrors] = useState<FieldErrors>(noErrors);

  const preview = async () => {
    setErrors(noErrors);
    setBatch(null);
    try {
      const res = await rollover.preview.mutateAsync({ classIds, toAcademicYearId: yearId });
      setMoves(
        res.students.map((p) => ({
          studentId: p.studentId,
          name: p.name,
          action: p.action,
          placement: p.to ? `${p.to.classId}:${p.to.sectionId}` : '',
          problem: p.problem,
        })),
      );
    } catch (err) {
      setErrors(fieldErrors(err));
    }
  };
  const apply = async () => {
    if (!moves || !window.confirm(t('rollover.confirmApply', { count: moves.length, n: number(moves.length) }))) return;
    setErrors(noErrors);
    try {
      const res = await rollover.apply.mutateAsync({
        toAcademicYearId: yearId,
        moves: moves.map((m) => {
          const [toClassId, toSectionId] = m.placement.split(':');
          return {
            studentId: m.studentId,
            action: m.action,
            ...(m.action === 'graduated' || !toClassId ? {} : { toClassId, toSectionId }),
          };
        }),
      });
      setBatch(res);
      setMoves(null);
    } catch (err) {
      setErrors(fieldErrors(err));
    }
  };
  const undo = async () => {
    if (!batch || !window.confirm(t('rollover.confirmUndo'))) return;
    try {
      setBatch(await rollover.undo.mutateAsync(batch.batchId));
    } catch (err) {
      setErrors(fieldErrors(err));
    }
  };
  const change = (studentId: string, patch: Partial<Move>) =>
    setMoves(moves!.map((m) => (m.studentId === studentId ? { ...m, ...patch } : m)));
  const columns: Column<Move>[] = [
    {
      label: t('rollover.col.student'),
      value: (m) => (
        <>
          {m.name}
          {m.problem && <span className="field-error"> {m.problem}</span>}
        </>
      ),
    },
    {
      label: t('rollover.col.move'),
      value: (m) => (
        <select
          aria-label={t('rollover.moveFor', { name: m.name })}
          value={m.action}
          onChange={(e) => change(m.studentId, { action: e.target.value as Action })}
        >
          {ACTIONS.map((a) => (
            <option key={a} value={a}>
              {t(`rollover.action.${a}`)}
            </option>
          ))}
        </select>
      ),
    },
    {
      label: t('rollover.col.to'),
      value: (m) =>
        m.action !== 'graduated' && (
          <select
            aria-label={t('rollover.classFor', { name: m.name })}
            value={m.placement}
            onChange={(e) => change(m.studentId, { placement: e.target.value })}
          >
            <Options list={options.data?.sections ?? []} placeholder={t('form.choose')} />
          </select>
        ),
    },
  ];

  return (
    <section>
      <h1>{t('rollover.title')}</h1>
      <AsyncState loading={options.loading} error={options.error} onRetry={options.reload}>
        <fieldset>
          <legend>{t('rollover.classes')}</legend>
          {options.data?.classes.map((c) => (
            <label key={c.value} className="inline">
              <input
                type="checkbox"
                checked={classIds.includes(c.value)}
                onChange={(e) => setClassIds(e.target.checked ? [...classIds, c.value] : classIds.filter((x) => x !== c.value))}
              />{' '}
              {c.label}
            </label>
          ))}
        </fieldset>
        <div className="row">
          <label>
            {t('rollover.year')}
            <select value={yearId} onChange={(e) => setYearId(e.target.value)}>
              <Options list={options.data?.years ?? []} placeholder={t('form.choose')} />
            </select>
          </label>
          <button type="button" disabled={classIds.length === 0 || !yearId} onClick={() => void preview()}>
            {t('rollover.preview')}
          </button>
        </div>
      </AsyncState>
      <FormError errors={errors} />
      {batch && (
        <p role="status" className="card-item">
          {t(batch.status === 'applied' ? 'rollover.applied' : 'rollover.undone', { count: batch.moved, n: number(batch.moved) })}{' '}
          {batch.status === 'applied' && (
            <button type="button" className="secondary" onClick={() => void undo()}>
              {t('rollover.undo')}
            </button>
          )}
        </p>
      )}
      {moves && (
        <>
          <AsyncState loading={false} error={null} empty={moves.length === 0}>
            <DataTable rows={moves} rowKey={(m) => m.studentId} columns={columns} />
          </AsyncState>
          {moves.length > 0 && (
            <button type="button" onClick={() => void apply()}>
              {t('rollover.apply', { count: moves.length, n: number(moves.length) })}
            </button>
          )}
        </>
      )}
    </section>
  );
}
