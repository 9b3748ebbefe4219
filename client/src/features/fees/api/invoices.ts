import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, getPage } from '../../../lib/api';
import type { Answer, Body, Query, Row } from '../../../lib/api-types';

export type InvoiceQuery = Query<'/api/fees/invoices'>;
export type InvoiceRow = Row<'/api/fees/invoices'>;
export type InvoiceDetail = Answer<'/api/fees/invoices/{id}', 'get'>;
export type ReceiptPayment = InvoiceDetail['payments'][number];
export type NewPayment = Body<'/api/fees/invoices/{id}/payments', 'post'>;
export type RecordedPayment = Answer<'/api/fees/invoices/{id}/payments', 'post'>;
export type Overdue = Answer<'/api/fees/overdue', 'get'>;

export const invoiceKeys = {
  all: ['invoices'] as const,
  list: (q: InvoiceQuery) => ['invoices', 'list', q] as const,
  detail: (id: string) => ['invoices', 'detail', id] as const,
  overdue: ['invoices', 'overdue'] as const,
};

export const fetchInvoices = (q: InvoiceQuery) => getPage<InvoiceRow>('/fees/invoices', { ...q });
export const fetchInvoice = async (id: string) => (await api.get<InvoiceDetail>(`/fees/invoices/${id}`)).data;
export const fetchOverdue = async () => (await api.get<Overdue>('/fees/overdue')).data;
export const recordPayment = async (id: string, body: NewPayment) =>
  (await api.post<RecordedPayment>(`/fees/invoices/${id}/payments`, body)).data;

/** A page of invoices; the previous page stays on screen while the next loads (no flicker when filtering). */
export const useInvoices = (q: InvoiceQuery) =>
  useQuery({ queryKey: invoiceKeys.list(q), queryFn: () => fetchInvoices(q), placeholderData: keepPreviousData });

export const useInvoice = (id: string) => useQuery({ queryKey: invoiceKeys.detail(id), queryFn: () => fetchInvoice(id) });

export const useOverdue = () => useQuery({ queryKey: invoiceKeys.overdue, queryFn: fetchOverdue });

/** Records a payment; every invoice list, the invoice and the overdue figures are read again after it. */
export function useRecordPayment(invoiceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: NewPayment) => recordPayment(invoiceId, body),
    onSuccess: () => client.invalidateQueries({ queryKey: invoiceKeys.all }),
  });
}
