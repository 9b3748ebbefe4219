import type { TFunction } from 'i18next';

export const METHODS = ['cash', 'card', 'bank_transfer', 'mobile_money', 'cheque', 'other'] as const;
export type Method = (typeof METHODS)[number];

/** A payment method as a receipt names it, in the language shown; a method the catalogue lacks shows its code. */
export const methodLabel = (method: string, t: TFunction<'fees'>) =>
  (METHODS as readonly string[]).includes(method) ? t(`method.${method as Method}`) : method;
