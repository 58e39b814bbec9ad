import { LOCALES, type Locale } from "../core/index.js";
import type { FaqRecord } from "./faq.js";

// An entry tied to a period is due for review shortly before the period ends, not after.
const EXPIRING_WITHIN_DAYS = 30;
// A fact nobody has looked at for a year is due for a look even without a dated figure.
const REVIEW_AFTER_DAYS = 365;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface ReviewItem {
  key: string;
  topic: string;
  reason: "expired" | "expiring" | "notReviewedForAYear";
  /** validUntil for expired/expiring entries, reviewedAt otherwise. */
  date: string;
}

export interface ReviewReport {
  entries: number;
  /** Published entries an admin should look at, most urgent first. */
  due: ReviewItem[];
  /** Translations still waiting for a native reviewer, per locale. */
  unreviewed: Record<Locale, number>;
  /** Locales missing from a published entry. */
  missing: { key: string; locales: Locale[] }[];
}

const day = (d: Date) => d.toISOString().slice(0, 10);

/** What in the FAQ needs a human: dated figures past or near their end, and unreviewed text. */
export function reviewReport(entries: readonly FaqRecord[], now: Date): ReviewReport {
  const published = entries.filter((e) => e.status === "published");
  const due: ReviewItem[] = [];
  for (const e of published) {
    const base = { key: e.key, topic: e.topic };
    if (e.validUntil && e.validUntil.getTime() < now.getTime())
      due.push({ ...base, reason: "expired", date: day(e.validUntil) });
    else if (e.validUntil && e.validUntil.getTime() - now.getTime() < EXPIRING_WITHIN_DAYS * DAY_MS)
      due.push({ ...base, reason: "expiring", date: day(e.validUntil) });
    else if (now.getTime() - e.reviewedAt.getTime() > REVIEW_AFTER_DAYS * DAY_MS)
      due.push({ ...base, reason: "notReviewedForAYear", date: day(e.reviewedAt) });
  }
  const order = { expired: 0, expiring: 1, notReviewedForAYear: 2 };
  due.sort((a, b) => order[a.reason] - order[b.reason] || a.date.localeCompare(b.date));
  const unreviewed = Object.fromEntries(LOCALES.map((l) => [l, 0])) as Record<Locale, number>;
  const missing: ReviewReport["missing"] = [];
  for (const e of published) {
    const absent = LOCALES.filter((l) => !e.translations[l]);
    if (absent.length) missing.push({ key: e.key, locales: absent });
    for (const l of LOCALES) if (e.translations[l] && !e.translations[l]?.reviewed) unreviewed[l]++;
  }
  return { entries: published.length, due, unreviewed, missing };
}

/** Plain-text form of the report for the terminal and the start-up log. */
export function formatReviewReport(report: ReviewReport): string {
  const lines = [`${report.entries} published entries`];
  if (report.due.length === 0) lines.push("Nothing is due for review.");
  for (const item of report.due)
    lines.push(`  ${item.reason.padEnd(20)} ${item.date}  ${item.key} (${item.topic})`);
  const waiting = Object.entries(report.unreviewed).filter(([, n]) => n > 0);
  if (waiting.length)
    lines.push(`Translations awaiting a native reviewer: ${waiting.map(([l, n]) => `${l} ${n}`).join(", ")}`);
  for (const m of report.missing) lines.push(`  missing translations in ${m.key}: ${m.locales.join(", ")}`);
  return lines.join("\n");
}
