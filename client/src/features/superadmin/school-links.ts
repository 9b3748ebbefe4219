import { BASE_DOMAIN } from '../../config/env';
import { paths } from '../../config/paths';

/** The features a school can have switched on beyond its plan. */
export const FEATURES = [
  'financialManagement',
  'smsNotifications',
  'advancedReporting',
  'parentPortal',
  'onlineExams',
  'library',
  'transport',
];
export const PLAN_NAMES = ['basic', 'standard', 'premium'] as const;

/** The school's own portal (its subdomain on this platform's domain). */
export const schoolUrl = (subdomain: string) =>
  `${window.location.protocol}//${subdomain}.${BASE_DOMAIN}${window.location.port ? `:${window.location.port}` : ''}/`;

/** The console page of one school. */
export const schoolPath = (id: string) => paths.consoleSchool.replace(':id', encodeURIComponent(id));

export const when = (iso: string) => new Date(iso).toLocaleString();

/** A text field of a school's subscription (the API gives it as an open record). */
export const subscriptionText = (s: { subscription: Record<string, unknown> }, key: 'plan' | 'status' | 'endDate'): string | undefined => {
  const v = s.subscription[key];
  return typeof v === 'string' ? v : undefined;
};
