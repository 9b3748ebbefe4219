/** The platform's plans and the features a school may have beyond its plan (their names are translated by key). */
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
