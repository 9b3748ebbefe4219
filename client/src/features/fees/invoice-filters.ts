import { useSearchParams } from 'react-router-dom';
import type { InvoiceQuery } from './api/invoices';

type Status = NonNullable<InvoiceQuery['status']>;
type Sort = NonNullable<InvoiceQuery['sort']>;
/** The states the list filters by (named in the fees catalogue's `status`). */
export const STATUSES: Status[] = ['overdue', 'open', 'partially_paid', 'paid', 'void'];
const SORTS: Sort[] = ['dueDate', '-dueDate', 'number', '-number', 'createdAt', '-createdAt', 'total', '-total', 'balance', '-balance'];
const TEXT = ['search', 'classId', 'sectionId', 'dueFrom', 'dueTo'] as const;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^[0-9a-f]{24}$/i;

/** The list's filters as the address holds them (so Back and a shared link keep them); nonsense is dropped. */
export function filtersFrom(params: URLSearchParams): InvoiceQuery {
  const q: InvoiceQuery = { limit: 25 };
  const search = params.get('search')?.trim();
  if (search) q.search = search.slice(0, 100);
  for (const key of ['classId', 'sectionId'] as const) {
    const v = params.get(key);
    if (v && ID.test(v)) q[key] = v;
  }
  for (const key of ['dueFrom', 'dueTo'] as const) {
    const v = params.get(key);
    if (v && DAY.test(v)) q[key] = v;
  }
  const status = params.get('status');
  if (STATUSES.includes(status as Status)) q.status = status as Status;
  const sort = params.get('sort');
  if (SORTS.includes(sort as Sort)) q.sort = sort as Sort;
  const page = Number(params.get('page'));
  if (Number.isInteger(page) && page > 1) q.page = page;
  return q;
}

/** The filters without paging, as the CSV export takes them. */
export const exportParams = (q: InvoiceQuery): Record<string, string | undefined> => ({
  search: q.search,
  classId: q.classId,
  sectionId: q.sectionId,
  status: q.status,
  dueFrom: q.dueFrom,
  dueTo: q.dueTo,
  sort: q.sort,
});

export const hasFilters = (q: InvoiceQuery) => TEXT.some((k) => q[k]) || Boolean(q.status);

/** Reads and changes the filters in the address; a change of filter goes back to the first page. */
export function useInvoiceFilters() {
  const [params, setParams] = useSearchParams();
  const filters = filtersFrom(params);
  const set = (change: Partial<Record<'search' | 'classId' | 'sectionId' | 'status' | 'dueFrom' | 'dueTo' | 'sort' | 'page', string>>) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (!('page' in change)) next.delete('page');
      for (const [k, v] of Object.entries(change)) {
        if (v) next.set(k, v);
        else next.delete(k);
      }
      return next;
    });
  return { filters, set };
}
