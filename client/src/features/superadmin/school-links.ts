import { BASE_DOMAIN } from '../../config/env';
import { paths } from '../../config/paths';
import { currentLocale } from '../../i18n';

/** The features a school can have switched on beyond its plan. */
export const FEATURES = [
  'financialManagement',
  'smsNotifications',
  'advancedReporting',
  'parentPortal',
  'onlineExams',
  'library',
  'transport',
] as const;
export type Feature = (typeof FEATURES)[number];
export const isFeature = (f: string): f is Feature => (FEATURES as readonly string[]).includes(f);
export const PLAN_NAMES = ['basic', 'standard', 'premium'] as const;
export const isPlan = (p: string | undefined): p is (typeof PLAN_NAMES)[number] =>
  (PLAN_NAMES as readonly (string | undefined)[]).includes(p);
export const STATUSES = ['trial', 'active', 'suspended', 'deleted', 'provisioning'] as const;
export const isStatus = (s: string): s is (typeof STATUSES)[number] => (STATUSES as readonly string[]).includes(s);
export const SUBSCRIPTION_STATUSES = ['active', 'past_due', 'cancelled'] as const;
export const isSubscriptionStatus = (s: string | undefined): s is (typeof SUBSCRIPTION_STATUSES)[number] =>
  (SUBSCRIPTION_STATUSES as readonly (string | undefined)[]).includes(s);

/** The school's own portal (its subdomain on this platform's domain). */
export const schoolUrl = (subdomain: string) =>
  `${window.location.protocol}//${subdomain}.${BASE_DOMAIN}${window.location.port ? `:${window.location.port}` : ''}/`;

/** The console page of one school. */
export const schoolPath = (id: string) => paths.consoleSchool.replace(':id', encodeURIComponent(id));

/** A moment in the operator's own zone (the console belongs to no school), written in the shown language. */
export const when = (iso: string) => new Date(iso).toLocaleString(currentLocale(), { dateStyle: 'medium', timeStyle: 'short' });

/** A text field of a school's subscription (the API gives it as an open record). */
export const subscriptionText = (s: { subscription: Record<string, unknown> }, key: 'plan' | 'status' | 'endDate'): string | undefined => {
  const v = s.subscription[key];
  return typeof v === 'string' ? v : undefined;
};
