import type { ReactNode } from 'react';
import { AsyncState, type EmptyHint } from './AsyncState';
import { Pager } from './Pager';
import type { Page } from '../lib/api';

export interface Column<T> {
  label: string;
  value: (row: T) => ReactNode;
  /** A field the server can sort by; the header becomes a sort button. */
  sort?: string;
}

/**
 * Rows under column headers, scrolling sideways on a narrow screen. With
 * `sort` and `onSort`, sortable headers toggle ascending / descending
 * (`name` / `-name`, as the API takes it) and say which is in force.
 */
export function DataTable<T>(props: {
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string;
  sort?: string;
  onSort?: (sort: string) => void;
  className?: string;
}) {
  const { sort, onSort } = props;
  return (
    <div className="table-wrap">
      <table className={props.className}>
        <thead>
          <tr>
            {props.columns.map((c) => {
              const active = c.sort !== undefined && sort?.replace(/^-/, '') === c.sort;
              return (
                <th key={c.label} scope="col" aria-sort={active ? (sort!.startsWith('-') ? 'descending' : 'ascending') : undefined}>
                  {c.sort && onSort ? (
                    <button type="button" className="link" onClick={() => onSort(sort === c.sort ? `-${c.sort}` : c.sort!)}>
                      {c.label}
                    </button>
                  ) : (
                    c.label
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row) => (
            <tr key={props.rowKey(row)}>
              {props.columns.map((c) => (
                <td key={c.label}>{c.value(row)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A page of a server-side list: loading, error and empty states, the table, and the pager. */
export function PagedTable<T extends { id: string }>(props: {
  /** `reload` (useApi's, or a query's refetch) puts Retry beside "Could not load". */
  list: { data: Page<T> | null; loading: boolean; error: string | null; reload?: () => void };
  columns: Column<T>[];
  noun: string;
  /** What an empty list tells people to do next. */
  emptyHint?: EmptyHint;
  onPage: (page: number) => void;
  sort?: string;
  onSort?: (sort: string) => void;
}) {
  const { data } = props.list;
  return (
    <AsyncState
      loading={props.list.loading}
      error={props.list.error}
      onRetry={props.list.reload}
      empty={data?.total === 0}
      emptyHint={props.emptyHint}
    >
      {data && (
        <>
          <DataTable columns={props.columns} rows={data.data} rowKey={(r) => r.id} sort={props.sort} onSort={props.onSort} />
          <Pager page={data.page} totalPages={data.totalPages} total={data.total} noun={props.noun} onPage={props.onPage} />
        </>
      )}
    </AsyncState>
  );
}
