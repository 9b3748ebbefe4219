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

/** Words a school admin reads for each state. */
export const STATE_LABELS: Record<MessageState, string> = {
  queued: 'Queued',
  sending: 'Sending',
  sent: 'Sent',
  delivered: 'Delivered',
  failed: 'Failed, will retry',
  bounced: 'Bounced',
  dead: 'Gave up',
  cancelled: 'Cancelled',
  suppressed: 'Not sent (turned off)',
};

/** What each state means, for the legend beside the log (a person should not have to guess what "gave up" implies). */
export const STATE_HELP: Record<MessageState, string> = {
  queued: 'Waiting its turn to be sent.',
  sending: 'Being handed to the mail server or SMS provider now.',
  sent: 'Accepted by the mail server or SMS provider; it may still take a moment to arrive.',
  delivered: 'The SMS provider confirmed it reached the phone (email does not report this).',
  failed: 'The last try did not go through; it is tried again on its own, at the time shown.',
  bounced: "The address or number refused it: check it in the person's record, then resend.",
  dead: 'Every try failed, so it is no longer tried: fix the cause (see the last error), then resend.',
  cancelled: 'Withdrawn before it was sent (for example a revoked invitation).',
  suppressed: 'Not sent because the person turned this kind of message off.',
};

export const KIND_LABELS: Record<Message['kind'], string> = {
  invitation: 'Invitation',
  password_reset: 'Password reset',
  welcome: 'Welcome',
  account_change: 'Account change',
  absence: 'Absence alert',
  fee_due: 'Fee due',
  fee_overdue: 'Fee overdue',
  results_published: 'Results published',
  announcement: 'Announcement',
};

export type { Page };
