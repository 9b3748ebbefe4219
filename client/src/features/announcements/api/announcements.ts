import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { Answer, Body, Query, Row } from '../../../lib/api-types';

export type Announcement = Row<'/api/announcements'>;
export type NewAnnouncement = Body<'/api/announcements', 'post'>;
export type AnnouncementChange = Body<'/api/announcements/{id}', 'patch'>;
export type Audience = Query<'/api/announcements/audience'>;
export type Receipts = Answer<'/api/announcements/{id}/receipts', 'get'>;

export const announcementKeys = {
  all: ['announcements'] as const,
  list: (page: number) => ['announcements', 'list', page] as const,
  audience: (a: Audience) => ['announcements', 'audience', a] as const,
  receipts: (id: string) => ['announcements', 'receipts', id] as const,
};

export const listAnnouncements = async (page: number) =>
  (await api.get<Answer<'/api/announcements', 'get'>>('/announcements', { params: { page, limit: 20 } })).data;

export const useAnnouncements = (page: number) =>
  useQuery({ queryKey: announcementKeys.list(page), queryFn: () => listAnnouncements(page), placeholderData: keepPreviousData });

/** How many accounts an announcement to `audience` reaches (for the confirmation); off while the audience is incomplete. */
export const useAudienceCount = (audience: Audience | null) =>
  useQuery({
    queryKey: announcementKeys.audience(audience ?? { audience: 'school' }),
    queryFn: async () => (await api.get<{ count: number }>('/announcements/audience', { params: audience })).data.count,
    enabled: audience !== null,
    staleTime: 0,
  });

export const useReceipts = (id: string, enabled: boolean) =>
  useQuery({
    queryKey: announcementKeys.receipts(id),
    queryFn: async () => (await api.get<Receipts>(`/announcements/${id}/receipts`)).data,
    enabled,
  });

/** The classes an announcement may go to (the server refuses a teacher's class they do not teach). */
export const useClassChoices = () =>
  useQuery({
    queryKey: ['classes', 'choices'],
    queryFn: async () => (await api.get<Answer<'/api/classes', 'get'>>('/classes', { params: { limit: 100 } })).data.data,
  });

function useAnnouncementMutation<V>(fn: (v: V) => Promise<unknown>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => qc.invalidateQueries({ queryKey: announcementKeys.all }) });
}

export const usePostAnnouncement = () => useAnnouncementMutation((body: NewAnnouncement) => api.post<Announcement>('/announcements', body));

export const useEditAnnouncement = () =>
  useAnnouncementMutation(({ id, change }: { id: string; change: AnnouncementChange }) => api.patch(`/announcements/${id}`, change));

export const useDeleteAnnouncement = () => useAnnouncementMutation((id: string) => api.delete(`/announcements/${id}`));

export const useMarkRead = () => useAnnouncementMutation((id: string) => api.post(`/announcements/${id}/read`));
