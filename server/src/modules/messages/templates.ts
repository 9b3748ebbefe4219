import type { MessageKind, MessageVars } from './kinds.js';
import { isRightToLeft, LANGUAGES, type Language } from '../../lib/i18n.js';
import { hasKey, translate } from '../../lib/translate.js';
import { alertText, messageLocale, schoolDay, type AlertText } from './alert-text.js';
import { smsLength } from './transports/sms-segments.js';

/** What a template needs about the school (its branding) besides the message. */
export interface Branding {
  name: string;
  /** Absolute URL of the logo, if the school has one. */
  logoUrl?: string;
  primaryColor?: string;
  /** IANA zone: dates in messages are the school's dates. */
  timeZone: string;
  /** The school's BCP 47 locale ("fr-SN"): how its dates are written when the message is in its language. */
  locale?: string;
}

export interface RenderInput<K extends MessageKind = MessageKind> {
  kind: K;
  vars: MessageVars[K];
  toName?: string;
  school: Branding;
  /** Absolute link the message leads to (the secret link already unsealed, or the portal). */
  link: string;
  /** Bulk mail only: the one-click unsubscribe page. */
  unsubscribeUrl?: string;
  /** The recipient's language (their own, else the school's); English when not given. */
  language?: Language;
}

export interface Rendered {
  subject: string;
  text: string;
  html: string;
  sms: string;
}

/** The words of one message, before layout: the same content becomes the plain-text body, the HTML body and the SMS. */
interface Content {
  subject: string;
  lines: string[];
  action: string;
  /** The SMS without the link (the link is appended). */
  sms: string;
}

/** What a template may use besides its variables: the school's name, and its dates and alerts in the message's language. */
interface Ctx {
  school: string;
  /** An instant (a link's expiry) in the school's zone. */
  date: (iso: string) => string;
  /** A school day (`YYYY-MM-DD`). */
  day: (day: string) => string;
  /** An alert's title and body: from its catalogue key when it has one, else as stored. */
  words: (v: { title: string; body: string; alert?: AlertText }) => { title: string; body: string };
}

type Strings = {
  [K in MessageKind]: (v: MessageVars[K], ctx: Ctx) => Content;
} & {
  greeting: (name?: string) => string;
  footer: (school: string) => string;
  unsubscribe: string;
};

/**
 * The words of every message in one language, from locales/<lng>/emails.json. Alerts are said in the language
 * from their catalogue key (alerts.json); announcements, and alerts written before they had keys, as written.
 */
function stringsIn(lng: Language): Strings {
  const t = (key: string, values: Record<string, string> = {}) => translate(lng, 'emails', key, values);
  const role = (r: string) => (hasKey(lng, 'emails', `role.${r}`) ? t(`role.${r}`) : r);
  const written =
    (action: string) =>
    (v: { title: string; body: string; alert?: AlertText }, { school, words }: Ctx) => {
      const { title, body } = words(v);
      return { subject: title, lines: [body], action: t(action), sms: `${school}: ${title}. ${body}` };
    };
  return {
    greeting: (name) => (name ? t('greeting', { name }) : t('greeting.anonymous')),
    footer: (school) => t('footer', { school }),
    unsubscribe: t('unsubscribe'),
    invitation: (v, { school, date }) => ({
      subject: t('invitation.subject', { school }),
      lines: [t('invitation.line1', { school, role: role(v.role) }), t('invitation.line2', { date: date(v.expiresAt) })],
      action: t('invitation.action'),
      sms: t('invitation.sms', { school, date: date(v.expiresAt) }),
    }),
    password_reset: (v, { school, date }) => ({
      subject: t('password_reset.subject', { school }),
      lines: [t('password_reset.line1', { school }), t('password_reset.line2', { date: date(v.expiresAt) })],
      action: t('password_reset.action'),
      sms: t('password_reset.sms', { school, date: date(v.expiresAt) }),
    }),
    welcome: (_v, { school }) => ({
      subject: t('welcome.subject', { school }),
      lines: [t('welcome.line1', { school })],
      action: t('welcome.action'),
      sms: t('welcome.sms', { school }),
    }),
    account_change: (v, { words }) => {
      const { title, body } = words(v);
      return { subject: title, lines: [body], action: t('action.portal'), sms: `${title}:` };
    },
    absence: (v, { school, day, words }) => {
      const { title, body } = words(v);
      return {
        subject: title,
        lines: [`${v.student} — ${day(v.date)}`, body],
        action: t('action.portal'),
        sms: `${school}: ${title}. ${body}`,
      };
    },
    fee_due: written('action.fees'),
    fee_overdue: written('action.fees'),
    results_published: written('action.results'),
    announcement: written('action.portal'),
  };
}

const STRINGS = Object.fromEntries(LANGUAGES.map((l) => [l, stringsIn(l)])) as Record<Language, Strings>;

/**
 * Characters of a two-segment SMS (GSM-7 concatenated: 153 a segment); longer texts are cut, the link kept whole.
 * A text in another script (Arabic, or any character outside GSM-7) is UCS-2: two segments hold 134 UTF-16 units.
 */
export const SMS_MAX = 306;
const SMS_SEGMENTS = 2;
const DEFAULT_COLOR = '#1d4ed8';

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
/** One line, no control characters: a subject can never start another header. */
const oneLine = (s: string) =>
  [...s]
    .map((c) => (c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f ? ' ' : c))
    .join('')
    .replace(/ {2,}/g, ' ')
    .trim();
const safeColor = (c?: string) => (c && /^#[0-9a-f]{3,8}$/i.test(c) ? c : DEFAULT_COLOR);
const safeUrl = (u: string) => (/^https?:\/\//i.test(u) ? u : '#');

/** Dates in the school's zone, written the way the message's language does (English as before: en-GB). */
function dateIn(timeZone: string, lng: Language, schoolLocale?: string) {
  const locale = messageLocale(lng, schoolLocale);
  const fmt = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  });
  return (iso: string) => {
    const d = new Date(iso);
    return Number.isNaN(d.getTime()) ? iso : fmt.format(d);
  };
}

/** Renders one message: subject (one line), plain text and HTML with the same content, and a short SMS. */
export function renderMessage<K extends MessageKind>(input: RenderInput<K>): Rendered {
  const lng = input.language ?? 'en';
  const strings = STRINGS[lng];
  const school = oneLine(input.school.name);
  const make = strings[input.kind] as (v: MessageVars[K], ctx: Ctx) => Content;
  const locale = messageLocale(lng, input.school.locale);
  const content = make(input.vars, {
    school,
    date: dateIn(input.school.timeZone, lng, input.school.locale),
    day: (day) => schoolDay(day, locale),
    words: (v) => (v.alert && alertText(v.alert, lng, input.school.locale)) || { title: v.title, body: v.body },
  });
  const subject = oneLine(content.subject).slice(0, 200);
  const greeting = strings.greeting(input.toName ? oneLine(input.toName) : undefined);
  const footer = strings.footer(school);

  const text = [
    greeting,
    '',
    ...content.lines.flatMap((l) => [l, '']),
    `${content.action}: ${input.link}`,
    '',
    '--',
    footer,
    ...(input.unsubscribeUrl ? [`${strings.unsubscribe}: ${input.unsubscribeUrl}`] : []),
    '',
  ].join('\n');

  const color = safeColor(input.school.primaryColor);
  const logo = input.school.logoUrl
    ? `<img src="${escapeHtml(safeUrl(input.school.logoUrl))}" alt="${escapeHtml(school)}" style="max-height:48px;display:block;margin-bottom:8px">`
    : '';
  const paragraphs = content.lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('\n');
  const unsubscribe = input.unsubscribeUrl
    ? `<br><a href="${escapeHtml(safeUrl(input.unsubscribeUrl))}" style="color:#6b7280">${escapeHtml(strings.unsubscribe)}</a>`
    : '';
  const html = `<!doctype html>
<html lang="${lng}" dir="${isRightToLeft(lng) ? 'rtl' : 'ltr'}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="margin:0;padding:0;background:#f3f4f6;font-family:Arial,Helvetica,sans-serif;color:#111827">
<div style="max-width:560px;margin:0 auto;padding:24px">
<div style="border-top:4px solid ${color};background:#ffffff;padding:24px">
${logo}<div style="font-size:18px;font-weight:bold;color:${color}">${escapeHtml(school)}</div>
<p>${escapeHtml(greeting)}</p>
${paragraphs}
<p><a href="${escapeHtml(safeUrl(input.link))}" style="display:inline-block;background:${color};color:#ffffff;padding:10px 16px;text-decoration:none;border-radius:4px">${escapeHtml(content.action)}</a></p>
<p style="font-size:12px;color:#6b7280">${escapeHtml(content.action)}: ${escapeHtml(input.link)}</p>
</div>
<p style="font-size:12px;color:#6b7280">${escapeHtml(footer)}${unsubscribe}</p>
</div></body></html>
`;

  return { subject, text, html, sms: smsText(oneLine(content.sms), input.link) };
}

/**
 * The SMS text with the link whole at the end, cut (with "...", GSM-7 like the rest) to fit two segments in the
 * text's own encoding where it can: 306 GSM-7 characters, or 134 UCS-2 units for Arabic.
 */
function smsText(body: string, link: string): string {
  const whole = `${body} ${link}`;
  if (smsLength(whole).segments <= SMS_SEGMENTS) return whole;
  const chars = [...body];
  // The longest start of the body that fits with the ellipsis and the link (binary search: the cost only grows).
  let [low, high] = [0, chars.length];
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (smsLength(`${chars.slice(0, mid).join('').trimEnd()}... ${link}`).segments <= SMS_SEGMENTS) low = mid;
    else high = mid - 1;
  }
  return `${chars.slice(0, low).join('').trimEnd()}... ${link}`;
}
