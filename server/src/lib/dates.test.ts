import { Settings } from 'luxon';
import { addDays, dayIn, daysOnAtMidnight, schoolWeekStart, startOfDayIn, startOfWeek, utcToday, zoneOf } from './dates.js';

afterEach(() => {
  Settings.now = () => Date.now();
});

const at = (iso: string) => new Date(iso);

describe("a school's day", () => {
  it('is the day on the school’s own wall clock, at UTC+14, UTC+10 and UTC−11', () => {
    const instant = at('2026-03-09T22:00:00Z');
    expect(dayIn('Australia/Brisbane', instant)).toBe('2026-03-10'); // 08:00 there
    expect(dayIn('Pacific/Kiritimati', instant)).toBe('2026-03-10'); // 12:00 there
    expect(dayIn('Pacific/Pago_Pago', instant)).toBe('2026-03-09'); // 11:00 there
    expect(dayIn('UTC', instant)).toBe('2026-03-09');
  });

  it('follows luxon’s clock, which tests set', () => {
    Settings.now = () => at('2026-12-31T23:30:00Z').getTime();
    expect(dayIn('Pacific/Kiritimati')).toBe('2027-01-01');
    expect(utcToday()).toBe('2026-12-31');
  });

  it('crosses the daylight-saving changes at the right hour (New York in March, Paris in October)', () => {
    // New York springs forward on Sunday 8 March 2026: 23:30 on either side of it is still the same local day.
    expect(dayIn('America/New_York', at('2026-03-08T04:30:00Z'))).toBe('2026-03-07'); // EST, −5
    expect(dayIn('America/New_York', at('2026-03-09T03:30:00Z'))).toBe('2026-03-08'); // EDT, −4
    expect(startOfDayIn('America/New_York', '2026-03-08').toISOString()).toBe('2026-03-08T05:00:00.000Z');
    expect(startOfDayIn('America/New_York', '2026-03-09').toISOString()).toBe('2026-03-09T04:00:00.000Z');
    // Paris falls back on Sunday 25 October 2026: that day lasts 25 hours.
    expect(startOfDayIn('Europe/Paris', '2026-10-25').toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect(startOfDayIn('Europe/Paris', '2026-10-26').toISOString()).toBe('2026-10-25T23:00:00.000Z');
    expect(dayIn('Europe/Paris', at('2026-10-25T23:30:00Z'))).toBe('2026-10-26');
  });

  it('counts days as calendar days, across month ends and daylight-saving changes', () => {
    expect(addDays('2026-10-23', 2)).toBe('2026-10-25');
    expect(addDays('2026-10-25', 1)).toBe('2026-10-26');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
  });

  it('falls back to UTC for a school with no zone or one luxon does not know', () => {
    expect(zoneOf({ schoolConfig: { timeZone: 'Pacific/Kiritimati' } })).toBe('Pacific/Kiritimati');
    expect(zoneOf({ schoolConfig: { timeZone: 'Mars/Olympus' } })).toBe('UTC');
    expect(zoneOf({ schoolConfig: {} })).toBe('UTC');
  });
});

describe('periods that end at the school’s midnight', () => {
  it('rounds a trial or purge delay up to the next local midnight, across a daylight-saving change', () => {
    // Deleted at 12:00 in Paris on 20 October (CEST); 30 days on is 19 November 11:00 (CET): purged at the midnight after it.
    expect(daysOnAtMidnight('Europe/Paris', 30, at('2026-10-20T10:00:00Z')).toISOString()).toBe('2026-11-19T23:00:00.000Z');
    // A 14-day trial started at 08:00 on 10 March in Brisbane ends once 24 March is over there.
    expect(daysOnAtMidnight('Australia/Brisbane', 14, at('2026-03-09T22:00:00Z')).toISOString()).toBe('2026-03-24T14:00:00.000Z');
    // Never shorter than asked: at 23:59 the remaining minute is not a day.
    const late = at('2026-03-10T09:59:00Z'); // 23:59 in Kiritimati
    expect(daysOnAtMidnight('Pacific/Kiritimati', 1, late).getTime() - late.getTime()).toBeGreaterThanOrEqual(86_400_000);
  });
});

describe('the school’s week', () => {
  it('starts on the school’s day: chosen, else its locale’s, else Monday', () => {
    expect(schoolWeekStart({ weekStart: 6 })).toBe(6);
    expect(schoolWeekStart({ locale: 'en-US' })).toBe(7);
    expect(schoolWeekStart({ locale: 'fr-FR' })).toBe(1);
    expect(schoolWeekStart({})).toBe(1);
  });

  it('finds the first day of the week a day is in', () => {
    // Thursday 29 October 2026.
    expect(startOfWeek('2026-10-29', 1)).toBe('2026-10-26');
    expect(startOfWeek('2026-10-29', 7)).toBe('2026-10-25');
    expect(startOfWeek('2026-10-29', 6)).toBe('2026-10-24');
    expect(startOfWeek('2026-10-26', 1)).toBe('2026-10-26');
    expect(startOfWeek('2026-10-25', 1)).toBe('2026-10-19');
  });
});
