import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { PagedTable, type Column } from './DataTable';
import { FormActions, Options } from './FormActions';
import { api, getPage } from '../lib/api';
import { errorMessage } from '../lib/query';
import { fieldErrors, noErrors, type FieldErrors } from './field-errors';
import { Field, FormError } from './FormErrors';
import { EmptyState, type EmptyHint } from './AsyncState';

export interface Field {
  name: string;
  label: string;
  type?: 'text' | 'number' | 'date' | 'email' | 'password' | 'select' | 'textarea';
  options?: { value: string; label: string }[];
  required?: boolean;
}

function toBody(fields: Field[], form: FormData): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const f of fields) {
    const raw = String(form.get(f.name) ?? '').trim();
    if (raw === '') continue;
    body[f.name] = f.type === 'number' ? Number(raw) : raw;
  }
  return body;
}

/**
 * A school record type on one screen: a server-side list (search, sort, pages), a create/edit form whose errors
 * come field by field from the API, and delete with confirmation. `canWrite` hides what the user's role may not do.
 * The list is a query keyed by `[endpoint, params]`; saving or deleting invalidates every query of the endpoint
 * (so another page showing the same records refreshes too).
 */
export function ResourcePage<T extends { id: string }>(props: {
  title: string;
  endpoint: string;
  columns: Column<T>[];
  fields: Field[];
  defaultSort: string;
  canWrite: boolean;
  toForm?: (row: T) => Record<string, string>;
  /** Adjusts the form's values before sending (e.g. one select that sets two fields). */
  transform?: (body: Record<string, unknown>) => Record<string, unknown>;
  searchable?: boolean;
  /** What an empty list says (and where to go next); the default says what to add here. */
  emptyHint?: EmptyHint;
  /** When set, records cannot be added yet (something they need is missing): this hint shows instead of the form. */
  addBlocked?: EmptyHint | null;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [query, setQuery] = useState({ page: 1, search: '', sort: props.defaultSort });
  const [editing, setEditing] = useState<T | 'new' | null>(null);
  const [errors, setErrors] = useState<FieldErrors>(noErrors);
  const params = { page: query.page, limit: 20, sort: query.sort, search: query.search };
  const list = useQuery({
    queryKey: [props.endpoint, params],
    queryFn: () => getPage<T>(props.endpoint, params),
    placeholderData: keepPreviousData,
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: [props.endpoint] });

  const save = useMutation({
    mutationFn: async ({ target, body }: { target: T | 'new'; body: Record<string, unknown> }) => {
      if (target === 'new') await api.post(props.endpoint, body);
      else await api.patch(`${props.endpoint}/${target.id}`, body);
    },
    onSuccess: () => {
      setEditing(null);
      setErrors(noErrors);
      return refresh();
    },
    onError: (err) => setErrors(fieldErrors(err)),
  });
  const remove = useMutation({
    mutationFn: (row: T) => api.delete(`${props.endpoint}/${row.id}`),
    onSuccess: refresh,
    onError: (err) => window.alert(fieldErrors(err).form),
  });

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (!editing) return;
    const raw = toBody(props.fields, new FormData(e.currentTarget));
    save.mutate({ target: editing, body: props.transform ? props.transform(raw) : raw });
  };
  const confirmRemove = (row: T) => {
    if (window.confirm(t('confirmDelete'))) remove.mutate(row);
  };

  const blocked = props.canWrite ? props.addBlocked : null;
  const initial = editing && editing !== 'new' ? (props.toForm?.(editing) ?? {}) : {};
  const searching = query.search !== '';
  return (
    <section>
      <header className="row">
        <h1>{props.title}</h1>
        {props.canWrite && !blocked && (
          <button type="button" onClick={() => setEditing('new')}>
            {t('add')}
          </button>
        )}
      </header>
      {blocked && <EmptyState hint={blocked} />}
      {editing && (
        <form
          className="card-item"
          onSubmit={submit}
          aria-label={t(editing === 'new' ? 'newRecord' : 'editRecord', { title: props.title })}
          noValidate
        >
          {props.fields.map((f) => (
            <Field key={f.name} label={f.label} name={f.name} errors={errors}>
              {f.type === 'select' ? (
                <select name={f.name} defaultValue={initial[f.name] ?? ''}>
                  <Options list={f.options ?? []} placeholder={t('none')} />
                </select>
              ) : f.type === 'textarea' ? (
                <textarea name={f.name} rows={3} defaultValue={initial[f.name] ?? ''} />
              ) : (
                <input
                  name={f.name}
                  type={f.type ?? 'text'}
                  defaultValue={initial[f.name] ?? ''}
                  required={f.required}
                  autoComplete={f.type === 'password' ? 'new-password' : undefined}
                />
              )}
            </Field>
          ))}
          <FormError errors={errors} />
          <FormActions submit={save.isPending ? t('saving') : t('save')} onCancel={() => (setEditing(null), setErrors(noErrors))} />
        </form>
      )}
      {props.searchable !== false && (
        <form
          className="row"
          role="search"
          onSubmit={(e) => {
            e.preventDefault();
            setQuery({ ...query, page: 1, search: String(new FormData(e.currentTarget).get('search') ?? '').trim() });
          }}
        >
          <label>
            {t('search')} <input name="search" defaultValue={query.search} />
          </label>
          <button type="submit">{t('search')}</button>
        </form>
      )}
      {!searching && list.data?.total === 0 && !editing ? (
        // When adding is blocked, its hint above already says what to do first.
        !blocked && <EmptyState hint={props.emptyHint ?? (props.canWrite ? { text: t('nothingYetAdd') } : undefined)} />
      ) : (
        <PagedTable
          list={{ data: list.data ?? null, loading: list.isPending, error: list.isError ? errorMessage(list.error) : null }}
          noun={t('records')}
          onPage={(page) => setQuery({ ...query, page })}
          sort={query.sort}
          onSort={(sort) => setQuery({ ...query, sort })}
          columns={
            props.canWrite
              ? [
                  ...props.columns,
                  {
                    label: t('actions'),
                    value: (row: T) => (
                      <>
                        <button type="button" className="link" onClick={() => setEditing(row)}>
                          {t('edit')}
                        </button>{' '}
                        <button type="button" className="link" onClick={() => confirmRemove(row)}>
                          {t('delete')}
                        </button>
                      </>
                    ),
                  },
                ]
              : props.columns
          }
        />
      )}
    </section>
  );
}
