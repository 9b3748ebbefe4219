import type { Role } from '../../auth/tokens.js';
import type { AlertText } from './alert-text.js';

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

/**
 * An alert's words: `title` and `body` in English (what older records hold, and the delivery log shows), and the
 * alert's catalogue key and values, rendered in the recipient's language when it is sent (older messages have none).
 */
type Written = { title: string; body: string; alert?: AlertText };

/** Template variables of each kind. Plain text: templates escape them for HTML. */
export interface MessageVars {
  /** The link (set-password page with its token) is the message's secret, never a variable. */
  invitation: { name: string; role: Role; expiresAt: string };
  password_reset: { name: string; expiresAt: string };
  /** A new school's first admin: the link is the school's sign-in page. */
  welcome: { name: string };
  account_change: Written;
  absence: Written & { student: string; date: string };
  fee_due: Written;
  fee_overdue: Written;
  results_published: Written;
  /** As the school wrote it: never translated. */
  announcement: { title: string; body: string };
}

/**
 * Bulk mail (sent to many people about the school's business) carries
 * List-Unsubscribe / List-Unsubscribe-Post (RFC 8058); account mail does not.
 */
export const isBulk = (kind: MessageKind) => CATEGORY_OF[kind] !== 'account';
