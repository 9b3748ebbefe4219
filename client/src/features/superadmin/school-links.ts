import { BASE_DOMAIN } from '../../config/env';
import { paths } from '../../config/paths';
import { currentLocale } from '../../i18n';

export { FEATURES, isFeature, isPlan, PLAN_NAMES, type Feature } from '../../lib/plans';
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
