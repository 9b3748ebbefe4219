import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { Answer, Body } from '../../../lib/api-types';

export type Proposal = Answer<'/api/rollover/preview', 'post'>['students'][number];
export type RolloverBatch = Answer<'/api/rollover/apply', 'post'>;
export type RolloverMoves = Body<'/api/rollover/apply', 'post'>;

/** Year end: preview (changes nothing), apply a batch, undo it. Applying or undoing moves students: their lists refresh. */
export function useRollover() {
  const qc = useQueryClient();
  const moved = () => Promise.all([qc.invalidateQueries({ queryKey: ['students'] }), qc.invalidateQueries({ queryKey: ['dashboard'] })]);
  return {
    preview: useMutation({
      mutationFn: async (body: Body<'/api/rollover/preview', 'post'>) =>
        (await api.post<{ students: Proposal[] }>('/rollover/preview', body)).data,
    }),
    apply: useMutation({
      mutationFn: async (body: RolloverMoves) => (await api.post<RolloverBatch>('/rollover/apply', body)).data,
      onSuccess: moved,
    }),
    undo: useMutation({
      mutationFn: async (batchId: string) => (await api.post<RolloverBatch>(`/rollover/${batchId}/undo`)).data,
      onSuccess: moved,
    }),
  };
}
