/** Integer cents of `currency` as the reader's locale writes money. */
export const money = (cents: number, currency: string) =>
  new Intl.NumberFormat(undefined, { style: 'currency', currency }).format(cents / 100);

/** Today as the API's calendar day (`YYYY-MM-DD`, UTC). */
export const today = () => new Date().toISOString().slice(0, 10);
