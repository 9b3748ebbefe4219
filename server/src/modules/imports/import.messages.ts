import type { z } from 'zod';

/** A column's name as people say it: `guardian1Email` → "guardian 1 email". */
export function fieldLabel(field: string): string {
  return field
    .replace(/([a-z])([A-Z0-9])/g, '$1 $2')
    .replace(/([0-9])([A-Za-z])/g, '$1 $2')
    .toLowerCase();
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * One validator complaint about one cell, as a sentence a school secretary
 * would write ("First name is missing", "Date of birth must be a date like
 * 2014-03-09"). The one place the import turns zod's wording into people's.
 */
export function plainIssue(field: string, issue: z.core.$ZodIssue, value: string | undefined): string {
  const label = capital(fieldLabel(field));
  switch (issue.code) {
    case 'too_small':
      return value === undefined || value.trim() === '' ? `${label} is missing` : `${label} is too short`;
    case 'too_big':
      return `${label} is too long (at most ${String(issue.maximum)} characters)`;
    case 'invalid_format':
      if (issue.format === 'email') return `${label} is not an email address`;
      if (issue.format === 'date') return `${label} must be a date like 2014-03-09`;
      return `${label} is not in the expected form`;
    case 'invalid_value':
      return `${label} must be one of: ${issue.values.map(String).join(', ')}`;
    case 'invalid_type':
      return `${label} is missing`;
    case 'custom':
      return `${label}: ${issue.message}`;
    default:
      return `${label} is not valid`;
  }
}

/** "Row 4: first name is missing" (the header is row 1, as in a spreadsheet). */
export function rowMessage(line: number | null, reason: string): string {
  return line === null ? reason : `Row ${line}: ${reason.charAt(0).toLowerCase()}${reason.slice(1)}`;
}
