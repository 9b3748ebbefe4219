import { DateTime, IANAZone } from 'luxon';
import { currentTenant } from '../tenancy/tenant-context.js';
import type { SchoolConfig, TenantRecord } from '../tenancy/tenant.types.js';
import { firstDayOfWeek } from './i18n.js';

/**
 * Calendar days are `YYYY-MM-DD` strings, compared as text and stored as such (registers, due dates, payments),
 * so a day once written never moves. Which day it is *now* depends on where: a school's today is the day on its
 * own wall clock (schoolToday). "Now" is luxon's clock, so a test sets `Settings.now` to put a school at 08:00.
 */

/** The current instant (luxon's clock: `Settings.now` in tests). */
export const now = (): Date => DateTime.now().toJSDate();

/** A school's IANA zone; UTC when unset or not one luxon knows (settings validate it, old records may not). */
export const zoneOf = (tenant: { schoolConfig?: { timeZone?: string | null } | null }): string => {
  const zone = tenant.schoolConfig?.timeZone;
  return zone && IANAZone.isValidZone(zone) ? zone : 'UTC';
};

/** The calendar day `instant` falls on in `zone` (now when not given). */
export function dayIn(zone: string, instant: Date | DateTime = DateTime.now()): string {
  const at = instant instanceof Date ? DateTime.fromJSDate(instant) : instant;
  const day = at.setZone(zone).toISODate();
  if (!day) throw new Error(`Not a day: ${String(instant)} in ${zone}`);
  return day;
}

/** Today in the current school's zone (a register, a due date, a late fine: the school's day). */
export const schoolToday = (): string => dayIn(zoneOf(currentTenant()));

/**
 * Today in UTC: only for platform-wide counters (usage per day, message statistics, export file names), which
 * add up many schools and so cannot follow one school's clock. Never for a school's own day.
 */
export const utcToday = (): string => now().toISOString().slice(0, 10);

/** The instant a school's `day` begins (00:00 on its wall clock; the first existing minute on a day DST skips it). */
export const startOfDayIn = (zone: string, day: string): Date => DateTime.fromISO(day, { zone }).startOf('day').toJSDate();

/**
 * `days` after `from`, rounded up to the school's next midnight: a 14-day trial or a 30-day purge delay ends
 * between two school days, never mid-morning, and is never shorter than asked.
 */
export const daysOnAtMidnight = (zone: string, days: number, from: Date = now()): Date =>
  startOfDayIn(zone, addDays(dayIn(zone, DateTime.fromJSDate(from).plus({ days })), 1));

/** The day `days` after (or before) `day`: calendar arithmetic, the same in every zone and across DST. */
export function addDays(day: string, days: number): string {
  const next = DateTime.fromISO(day, { zone: 'UTC' }).plus({ days }).toISODate();
  if (!next) throw new Error(`Not a day: ${day}`);
  return next;
}

/**
 * The ISO weekday (1 = Monday … 7 = Sunday) a school's week starts on: its own choice, else its locale's region's
 * (en-US: Sunday, ar-EG: Saturday), else Monday. The portal (GET /api/tenant) and the dashboard read this one.
 */
export const schoolWeekStart = (config: Pick<SchoolConfig, 'weekStart' | 'locale'>): number =>
  config.weekStart ?? firstDayOfWeek(config.locale);

/** The first day of the week `day` is in, for a week starting on ISO weekday `firstDay`. */
export function startOfWeek(day: string, firstDay: number): string {
  const weekday = DateTime.fromISO(day, { zone: 'UTC' }).weekday;
  return addDays(day, -((weekday - firstDay + 7) % 7));
}

/** The current school's week start (see schoolWeekStart). */
export const currentWeekStart = (day: string, tenant: Pick<TenantRecord, 'schoolConfig'> = currentTenant()): string =>
  startOfWeek(day, schoolWeekStart(tenant.schoolConfig));
