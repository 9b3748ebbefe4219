import { useState } from 'react';
import { AsyncState } from '../../components/AsyncState';
import { fieldErrors, noErrors, type FieldErrors } from '../../components/field-errors';
import { FormError } from '../../components/FormErrors';
import { useSchoolOptions } from '../../lib/school-options';
import { listState } from '../../lib/query';
import { useRollover, type RolloverBatch } from './api/rollover';
import { Options } from '../../components/FormActions';
import { DataTable } from '../../components/DataTable';

type Action = 'promoted' | 'retained' | 'graduated';
interface Move {
  studentId: string;
  name: string;
  action: Action;
  placement: string;
  problem: string | null;
}

/** Year end: propose a move per student, let the admin change any of them, apply them as one batch, undo the batch if needed. */
export function RolloverPage() {
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
    if (!moves || !window.confirm(`Move ${moves.length} students now? The batch can be undone.`)) return;
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
    if (!batch || !window.confirm('Put every student of this batch back where they were?')) return;
    try {
      setBatch(await rollover.undo.mutateAsync(batch.batchId));
    } catch (err) {
      setErrors(fieldErrors(err));
    }
  };
  const change = (studentId: string, patch: Partial<Move>) =>
    setMoves(moves!.map((m) => (m.studentId === studentId ? { ...m, ...patch } : m)));

  return (
    <section>
      <h1>Year end</h1>
      <AsyncState loading={options.loading} error={options.error} onRetry={options.reload}>
        <fieldset>
          <legend>Classes to move on</legend>
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
            Into the academic year
            <select value={yearId} onChange={(e) => setYearId(e.target.value)}>
              <Options list={options.data?.years ?? []} placeholder="Choose…" />
            </select>
          </label>
          <button type="button" disabled={classIds.length === 0 || !yearId} onClick={() => void preview()}>
            Preview
          </button>
        </div>
      </AsyncState>
      <FormError errors={errors} />
      {batch && (
        <p role="status" className="card-item">
          Batch {batch.status}: {batch.moved} students.{' '}
          {batch.status === 'applied' && (
            <button type="button" className="secondary" onClick={() => void undo()}>
              Undo this batch
            </button>
          )}
        </p>
      )}
      {moves && (
        <>
          <AsyncState loading={false} error={null} empty={moves.length === 0}>
            <DataTable
              rows={moves}
              rowKey={(m) => m.studentId}
              columns={[
                {
                  label: 'Student',
                  value: (m) => (
                    <>
                      {m.name}
                      {m.problem && <span className="field-error"> {m.problem}</span>}
                    </>
                  ),
                },
                {
                  label: 'Move',
                  value: (m) => (
                    <select
                      aria-label={`Move for ${m.name}`}
                      value={m.action}
                      onChange={(e) => change(m.studentId, { action: e.target.value as Action })}
                    >
                      <option value="promoted">promoted</option>
                      <option value="retained">retained</option>
                      <option value="graduated">graduated</option>
                    </select>
                  ),
                },
                {
                  label: 'To',
                  value: (m) =>
                    m.action !== 'graduated' && (
                      <select
                        aria-label={`Class for ${m.name}`}
                        value={m.placement}
                        onChange={(e) => change(m.studentId, { placement: e.target.value })}
                      >
                        <Options list={options.data?.sections ?? []} placeholder="Choose…" />
                      </select>
                    ),
                },
              ]}
            />
          </AsyncState>
          {moves.length > 0 && (
            <button type="button" onClick={() => void apply()}>
              Apply {moves.length} moves
            </button>
          )}
        </>
      )}
    </section>
  );
}
