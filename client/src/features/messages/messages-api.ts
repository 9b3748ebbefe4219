import { api, getPage, type Page } from '../../lib/api';

export const MESSAGE_STATES = ['queued', 'sending', 'sent', 'delivered', 'failed', 'bounced', 'dead', 'cancelled', 'suppressed'] as const;
export type MessageState = (typeof MESSAGE_STATES)[number];
export const CHANNELS = ['email', 'sms'] as const;
export const MESSAGE_KINDS = [
  'invitation',
  'password_reset',
  'welcome',
  'account_change',
  'absence',
  'fee_due',
  'fee_overdue',
  'results_published',
  'announcement',
] as const;

/** One row of the delivery log, as GET /api/messages answers. */
export interface Message {
  id: string;
  kind: (typeof MESSAGE_KINDS)[number];
  category: string;
  channel: (typeof CHANNELS)[number];
  userId: string | null;
  to: string;
  toName: string | null;
  state: MessageState;
  attempts: number;
  lastError: string | null;
  nextAttemptAt: string | null;
  segments: number;
  createdAt: string | null;
  sentAt: string | null;
  deliveredAt: string | null;
  /** The server would take a resend (failed, dead or bounced, and no expired link). */
  resendable: boolean;
}

export interface LogFilters {
  state: string;
  channel: string;
  kind: string;
  from: string;
  to: string;
  page: number;
}

export const listMessages = (f: LogFilters) => getPage<Message>('/messages', { ...f, limit: 50 });

export const resendMessage = async (id: string) => (await api.post<Message>(`/messages/${id}/resend`)).data;

/** The CSV export of the same filters, downloaded with the session's token (a plain link would carry none). */
export async function downloadCsv(f: LogFilters): Promise<Blob> {
  const params = Object.fromEntries(Object.entries({ ...f, page: undefined }).filter(([, v]) => v !== undefined && v !== ''));
  return (await api.get<Blob>('/messages/export.csv', { params, responseType: 'blob' })).data;
}

/** Each state's name and meaning, and each kind's name, are in the messages namespace (`states`, `stateHelp`, `kinds`). */
export type { Page };
