import { keepPreviousData, useMutation, useQuery, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { api, getPage, type Page } from '../../../lib/api';
import type { Answer, Body, Row } from '../../../lib/api-types';
import { errorMessage } from '../../../lib/query';
import { loadOptions } from '../../../lib/school-options';

export type Structure = Row<'/api/fees/structures'>;
export type Discount = Row<'/api/fees/discounts'>;
export type NewStructure = Body<'/api/fees/structures', 'post'>;
export type NewDiscount = Body<'/api/fees/discounts', 'post'>;
export type InvoiceTarget = Body<'/api/fees/structures/{id}/invoices', 'post'>;
export type Generated = Answer<'/api/fees/structures/{id}/invoices', 'post'>;
export type SetupOptions = Awaited<ReturnType<typeof loadOptions>>;

const keys = {
  setup: ['fee-setup'] as const,
  structures: (page: number) => ['fee-structures', page] as const,
  discounts: (page: number) => ['fee-discounts', page] as const,
};

export const fetchSetup = async () => {
  const [options, settings] = await Promise.all([loadOptions(), api.get<{ schoolConfig: { currency?: string } }>('/settings')]);
  return { options, currency: settings.data.schoolConfig.currency ?? 'USD' };
};

/** The choices the setup forms need (terms, grades, classes) and the school's currency. */
export const useFeeSetup = () => useQuery({ queryKey: keys.setup, queryFn: fetchSetup });

export const useStructures = (page: number) =>
  useQuery({
    queryKey: keys.structures(page),
    queryFn: () => getPage<Structure>('/fees/structures', { page, limit: 20, sort: '-dueDate' }),
    placeholderData: keepPreviousData,
  });

export const useDiscounts = (page: number) =>
  useQuery({
    queryKey: keys.discounts(page),
    queryFn: () => getPage<Discount>('/fees/discounts', { page, limit: 20 }),
    placeholderData: keepPreviousData,
  });

function useWrite<A>(write: (a: A) => Promise<unknown>, invalidate: readonly string[][]) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: () => Promise.all(invalidate.map((queryKey) => client.invalidateQueries({ queryKey }))),
  });
}

export const useCreateStructure = () => useWrite((body: NewStructure) => api.post('/fees/structures', body), [['fee-structures']]);
export const useDeleteStructure = () => useWrite((id: string) => api.delete(`/fees/structures/${id}`), [['fee-structures']]);
export const useCreateDiscount = () => useWrite((body: NewDiscount) => api.post('/fees/discounts', body), [['fee-discounts']]);
export const useToggleDiscount = () =>
  useWrite((d: { id: string; active: boolean }) => api.patch(`/fees/discounts/${d.id}`, { active: d.active }), [['fee-discounts']]);

/** Invoices a structure; the invoice lists are read again afterwards. */
export function useGenerateInvoices(structureId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (target: InvoiceTarget) => (await api.post<Generated>(`/fees/structures/${structureId}/invoices`, target)).data,
    onSuccess: () => client.invalidateQueries({ queryKey: ['invoices'] }),
  });
}

/** A query as the shared PagedTable takes a list. */
export const asList = <T>(q: UseQueryResult<Page<T>>) => ({
  data: q.data ?? null,
  loading: q.isPending,
  error: q.isError ? errorMessage(q.error) : null,
});
