import type { Role } from '../../auth/tokens.js';

/**
 * What a message is about. Each kind has one template (templates.ts) that
 * renders its subject, plain-text and HTML bodies and SMS text from `vars`.
 */
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
export type MessageKind = (typeof MESSAGE_KINDS)[number];

/**
 * The categories a guardian (or any user) can turn on or off per channel.
 * `account` messages (invitations, password resets, sign-in changes) cannot be turned off.
 */
export const MESSAGE_CATEGORIES = ['account', 'absence', 'fees', 'results', 'announcements'] as const;
export type MessageCategory = (typeof MESSAGE_CATEGORIES)[number];

export const CATEGORY_OF: Record<MessageKind, MessageCategory> = {
  invitation: 'account',
  password_reset: 'account',
  welcome: 'account',
  account_change: 'account',
  absence: 'absence',
  fee_due: 'fees',
  fee_overdue: 'fees',
  results_published: 'results',
  announcement: 'announcements',
};

export const CHANNELS = ['email', 'sms'] as const;
export type Channel = (typeof CHANNELS)[number];

/** Template variables of each kind. Plain text: templates escape them for HTML. */
export interface MessageVars {
  /** The link (set-password page with its token) is the message's secret, never a variable. */
  invitation: { name: string; role: Role; expiresAt: string };
  password_reset: { name: string; expiresAt: string };
  /** A new school's first admin: the link is the school's sign-in page. */
  welcome: { name: string };
  account_change: { title: string; body: string };
  absence: { title: string; body: string; student: string; date: string };
  fee_due: { title: string; body: string };
  fee_overdue: { title: string; body: string };
  results_published: { title: string; body: string };
  announcement: { title: string; body: string };
}

/**
 * Bulk mail (sent to many people about the school's business) carries
 * List-Unsubscribe / List-Unsubscribe-Post (RFC 8058); account mail does not.
 */
export const isBulk = (kind: MessageKind) => CATEGORY_OF[kind] !== 'account';
