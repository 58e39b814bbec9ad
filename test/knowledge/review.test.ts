import { describe, expect, it } from "vitest";
import { LOCALES } from "../../src/core/index.js";
import { type FaqRecord, formatReviewReport, reviewReport } from "../../src/knowledge/index.js";

const translation = (reviewed: boolean) => ({
  question: "q",
  answer: "a",
  phrasings: [],
  keywords: [],
  reviewed,
});
const all = (reviewed: boolean) => Object.fromEntries(LOCALES.map((l) => [l, translation(reviewed)]));

function entry(key: string, fields: Partial<FaqRecord>): FaqRecord {
  return {
    id: key,
    key,
    topic: "labor.min_wage",
    status: "published",
    personalCase: false,
    sources: [{ title: "facts.md" }],
    reviewedAt: new Date("2026-11-01T00:00:00+09:00"),
    validUntil: null,
    translations: all(false),
    ...fields,
  };
}

describe("FAQ review report", () => {
  const now = new Date("2026-12-10T12:00:00+09:00");

  it("flags dated figures past or near their end and facts unchecked for a year, most urgent first", () => {
    const report = reviewReport(
      [
        entry("fresh", { validUntil: new Date("2027-12-31T23:59:59+09:00") }),
        entry("old-check", { reviewedAt: new Date("2025-10-01T00:00:00+09:00") }),
        entry("ending", { validUntil: new Date("2026-12-31T23:59:59+09:00") }),
        entry("ended", { validUntil: new Date("2026-11-30T23:59:59+09:00") }),
        entry("draft-ended", { status: "draft", validUntil: new Date("2025-01-01T00:00:00+09:00") }),
      ],
      now,
    );
    expect(report.entries).toBe(4);
    expect(report.due.map((d) => [d.key, d.reason])).toEqual([
      ["ended", "expired"],
      ["ending", "expiring"],
      ["old-check", "notReviewedForAYear"],
    ]);
    expect(report.due[0]?.date).toBe("2026-11-30");
  });

  it("counts translations awaiting a native reviewer and names missing locales", () => {
    const partial = all(true);
    delete partial.km;
    (partial.vi as { reviewed: boolean }).reviewed = false;
    const report = reviewReport([entry("a", {}), entry("b", { translations: partial })], now);
    expect(report.unreviewed.vi).toBe(2);
    expect(report.unreviewed.ko).toBe(1);
    expect(report.unreviewed.km).toBe(1);
    expect(report.missing).toEqual([{ key: "b", locales: ["km"] }]);
    const text = formatReviewReport(report);
    expect(text).toContain("missing translations in b: km");
    expect(text).toContain("vi 2");
  });
});
