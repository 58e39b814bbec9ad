import type { Locale } from "../core/index.js";
import { KOREAN_PUBLIC_HOLIDAYS } from "./korean-holidays.js";

// Korea has no daylight saving time, so Seoul local time is always UTC+9; plain arithmetic on
// that offset is exact and keeps this file free of time-zone libraries.
const KST_OFFSET_MS = 9 * 3_600_000;
const DAY_MS = 86_400_000;
const DAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const;

interface Interval {
  open: number;
  close: number;
}

/** Weekly opening hours (minutes after midnight, Seoul time) and dates the centre is closed. */
export interface OfficeSchedule {
  weekly: Interval[][];
  closedDates: Set<string>;
}

export class OfficeHoursError extends Error {
  readonly code = "DARI_HANDOFF_BAD_HOURS";
}

function minutes(hhmm: string): number {
  const m = /^(\d{1,2}):(\d{2})$/.exec(hhmm);
  if (!m || Number(m[1]) > 24 || Number(m[2]) > 59)
    throw new OfficeHoursError(`"${hhmm}" is not a time like 09:00`);
  return Number(m[1]) * 60 + Number(m[2]);
}

/**
 * Parses "mon-fri 09:00-18:00; sat 10:00-13:00" into a schedule; closed dates are the Korean
 * public holidays plus `extraClosed` (YYYY-MM-DD).
 */
export function parseOfficeHours(spec: string, extraClosed: string[] = []): OfficeSchedule {
  const weekly: Interval[][] = DAYS.map(() => []);
  for (const part of spec
    .split(";")
    .map((p) => p.trim())
    .filter(Boolean)) {
    const m = /^([a-z]{3})(?:-([a-z]{3}))?\s+(\d{1,2}:\d{2})-(\d{1,2}:\d{2})$/i.exec(part);
    if (!m) throw new OfficeHoursError(`"${part}" is not like "mon-fri 09:00-18:00"`);
    const from = DAYS.indexOf(m[1]!.toLowerCase() as (typeof DAYS)[number]);
    const to = DAYS.indexOf((m[2] ?? m[1])!.toLowerCase() as (typeof DAYS)[number]);
    if (from < 0 || to < 0) throw new OfficeHoursError(`unknown day in "${part}"`);
    const interval = { open: minutes(m[3]!), close: minutes(m[4]!) };
    if (interval.close <= interval.open) throw new OfficeHoursError(`"${part}" closes before it opens`);
    for (let d = from; ; d = (d + 1) % 7) {
      weekly[d]!.push(interval);
      if (d === to) break;
    }
  }
  for (const date of extraClosed) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date))
      throw new OfficeHoursError(`"${date}" is not a date like 2026-12-31`);
  }
  const holidays = Object.values(KOREAN_PUBLIC_HOLIDAYS).flat();
  return { weekly, closedDates: new Set([...holidays, ...extraClosed]) };
}

function seoul(now: Date): { date: string; weekday: number; minute: number; midnightUtc: number } {
  const local = new Date(now.getTime() + KST_OFFSET_MS);
  const date = local.toISOString().slice(0, 10);
  const minute = local.getUTCHours() * 60 + local.getUTCMinutes();
  const midnightUtc =
    Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()) - KST_OFFSET_MS;
  return { date, weekday: local.getUTCDay(), minute, midnightUtc };
}

/** True when counselors are on duty at `now`. */
export function isOpen(schedule: OfficeSchedule, now: Date): boolean {
  const { date, weekday, minute } = seoul(now);
  if (schedule.closedDates.has(date)) return false;
  return (schedule.weekly[weekday] ?? []).some((i) => minute >= i.open && minute < i.close);
}

/** The next moment counselors come on duty after `now` (within 60 days), or null. */
export function nextOpening(schedule: OfficeSchedule, now: Date): Date | null {
  const today = seoul(now);
  for (let d = 0; d < 60; d++) {
    const day = seoul(new Date(today.midnightUtc + d * DAY_MS + 12 * 3_600_000));
    if (schedule.closedDates.has(day.date)) continue;
    for (const interval of [...(schedule.weekly[day.weekday] ?? [])].sort((a, b) => a.open - b.open)) {
      const start = new Date(day.midnightUtc + interval.open * 60_000);
      if (start.getTime() > now.getTime()) return start;
    }
  }
  return null;
}

const pad = (n: number) => String(n).padStart(2, "0");
const clock = (m: number) => `${pad(Math.floor(m / 60))}:${pad(m % 60)}`;

/** "Mon–Fri 09:00–18:00" in the resident's language (weekday names from Intl). */
export function describeHours(schedule: OfficeSchedule, locale: Locale): string {
  const names = new Intl.DateTimeFormat(locale, { weekday: "short", timeZone: "UTC" });
  // 2026-11-22 is a Sunday: day i of the week is that date plus i days.
  const dayName = (i: number) => names.format(new Date(Date.UTC(2026, 10, 22 + i)));
  const groups: { from: number; to: number; hours: string }[] = [];
  for (let d = 1; d <= 7; d++) {
    const day = d % 7;
    const hours = (schedule.weekly[day] ?? []).map((i) => `${clock(i.open)}–${clock(i.close)}`).join(", ");
    const last = groups.at(-1);
    if (hours && last && last.hours === hours && (last.to + 1) % 7 === day) last.to = day;
    else if (hours) groups.push({ from: day, to: day, hours });
  }
  return groups
    .map((g) => `${g.from === g.to ? dayName(g.from) : `${dayName(g.from)}–${dayName(g.to)}`} ${g.hours}`)
    .join(", ");
}

/** A moment in Seoul time, phrased for the resident ("Monday, 24 November, 09:00"). */
export function describeMoment(moment: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, {
    weekday: "long",
    month: "long",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone: "Asia/Seoul",
  }).format(moment);
}
