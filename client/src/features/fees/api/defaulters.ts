import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { Answer, Query } from '../../../lib/api-types';

export type DefaultersQuery = Query<'/api/fees/defaulters'>;
export type Defaulters = Answer<'/api/fees/defaulters', 'get'>;
export type Defaulter = Defaulters['students'][number];

export const fetchDefaulters = async (q: DefaultersQuery) => (await api.get<Defaulters>('/fees/defaulters', { params: q })).data;

// Under the invoices key: recording a payment invalidates it too.
export const useDefaulters = (q: DefaultersQuery) =>
  useQuery({ queryKey: ['invoices', 'defaulters', q], queryFn: () => fetchDefaulters(q) });
