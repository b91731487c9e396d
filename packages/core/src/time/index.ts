export { clockLabel, dayLabel, dayOf, dayOfWall, isoDateOf, isoDateTime, isWeekend, minuteOfDay, weekday, yearOfDay } from './days.ts';
export { DAY_MS, MINUTE_MS, formatOffset, isTimeZone, offsetAt, toLocalIso, utcToWall, wallToUtc, zoneAbbreviation } from './zone.ts';
