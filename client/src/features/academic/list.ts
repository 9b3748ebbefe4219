import { currentLocale } from '../../i18n';

/** Names in a table cell as the shown language lists them ("T1, T2 and T3", "T1، وT2، وT3"). */
export const listOf = (names: string[]) => new Intl.ListFormat(currentLocale(), { type: 'unit', style: 'short' }).format(names);

/** Splits what a person typed as a list: on commas, Arabic commas (،) included, trimmed, empties dropped. */
export const splitList = (text: string, separator = /[,،]/) =>
  text
    .split(separator)
    .map((part) => part.trim())
    .filter(Boolean);
