import { useState, type FormEvent } from 'react';
import { PagedTable, type Column } from './DataTable';
import { FormActions, Options } from './FormActions';
import { api, getPage } from '../lib/api';
import { fieldErrors, noErrors, type FieldErrors } from './field-errors';
import { Field, FormError } from './FormErrors';
import { useApi } from '../lib/use-api';

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
 * A school record type on one screen: a server-side list (search, sort, pages),
 * a create/edit form whose errors come field by field from the API, and delete
 * with confirmation. `canWrite` hides what the user's role may not do.
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
}) {
  const [query, setQuery] = useState({ page: 1, search: '', sort: props.defaultSort });
  const [editing, setEditing] = useState<T | 'new' | null>(null);
  const [errors, setErrors] = useState<FieldErrors>(noErrors);
  const list = useApi(
    () => getPage<T>(props.endpoint, { page: query.page, limit: 20, sort: query.sort, search: query.search }),
    [query.page, query.search, query.sort, props.endpoint],
  );

  const save = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const raw = toBody(props.fields, new FormData(e.currentTarget));
    const body = props.transform ? props.transform(raw) : raw;
    try {
      if (editing === 'new') await api.post(props.endpoint, body);
      else if (editing) await api.patch(`${props.endpoint}/${editing.id}`, body);
      setEditing(null);
      setErrors(noErrors);
      list.reload();
    } catch (err) {
      setErrors(fieldErrors(err));
    }
  };

  const remove = async (row: T) => {
    if (!window.confirm('Delete this record? This cannot be undone.')) return;
    try {
      await api.delete(`${props.endpoint}/${row.id}`);
      list.reload();
    } catch (err) {
      window.alert(fieldErrors(err).form);
    }
  };

  const initial = editing && editing !== 'new' ? (props.toForm?.(editing) ?? {}) : {};
  return (
    <section>
      <header className="row">
        <h1>{props.title}</h1>
        {props.canWrite && (
          <button type="button" onClick={() => setEditing('new')}>
            Add
          </button>
        )}
      </header>
      {editing && (
        <form
          className="card-item"
          onSubmit={save}
          aria-label={editing === 'new' ? `New ${props.title}` : `Edit ${props.title}`}
          noValidate
        >
          {props.fields.map((f) => (
            <Field key={f.name} label={f.label} name={f.name} errors={errors}>
              {f.type === 'select' ? (
                <select name={f.name} defaultValue={initial[f.name] ?? ''}>
                  <Options list={f.options ?? []} placeholder="—" />
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
          <FormActions submit="Save" onCancel={() => (setEditing(null), setErrors(noErrors))} />
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
            Search <input name="search" defaultValue={query.search} />
          </label>
          <button type="submit">Search</button>
        </form>
      )}
      <PagedTable
        list={list}
        noun="records"
        onPage={(page) => setQuery({ ...query, page })}
        sort={query.sort}
        onSort={(sort) => setQuery({ ...query, sort })}
        columns={
          props.canWrite
            ? [
                ...props.columns,
                {
                  label: 'Actions',
                  value: (row: T) => (
                    <>
                      <button type="button" className="link" onClick={() => setEditing(row)}>
                        Edit
                      </button>{' '}
                      <button type="button" className="link" onClick={() => void remove(row)}>
                        Delete
                      </button>
                    </>
                  ),
                },
              ]
            : props.columns
        }
      />
    </section>
  );
}
