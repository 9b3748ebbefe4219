import { describe, expect, it } from 'vitest';
import { weekColumns } from './week-columns';

describe("the timetable's days follow the school's week", () => {
  it('starts on Monday in France: Monday to Friday at least, the weekend when taught', () => {
    expect(weekColumns(1, new Set(['mon']))).toEqual(['mon', 'tue', 'wed', 'thu', 'fri']);
    expect(weekColumns(1, new Set(['mon', 'sat']))).toEqual(['mon', 'tue', 'wed', 'thu', 'fri', 'sat']);
  });

  it('starts on Saturday in Egypt and shows Sunday to Thursday when those are taught', () => {
    expect(weekColumns(6, new Set(['sun', 'mon', 'thu']))).toEqual(['sun', 'mon', 'tue', 'wed', 'thu']);
  });

  it('starts on Sunday in the United States', () => {
    expect(weekColumns(7, new Set(['sun', 'fri']))).toEqual(['sun', 'mon', 'tue', 'wed', 'thu', 'fri']);
  });
});

describe("the day picker's order", () => {
  it("lists the seven days from the school's first", async () => {
    const { schoolWeek } = await import('./week-columns');
    expect(schoolWeek(6)).toEqual(['sat', 'sun', 'mon', 'tue', 'wed', 'thu', 'fri']);
    expect(schoolWeek(0)).toEqual(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);
  });
});
