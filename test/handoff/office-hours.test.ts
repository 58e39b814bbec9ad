import { describe, expect, it } from "vitest";
import {
  describeHours,
  isOpen,
  nextOpening,
  OfficeHoursError,
  parseOfficeHours,
} from "../../src/handoff/index.js";
import { engineHarness } from "../support/engine-harness.js";

const kst = (local: string) => new Date(`${local}+09:00`);
const weekdays = parseOfficeHours("mon-fri 09:00-18:00");

describe("office hours in Seoul time", () => {
  it("is open at 17:59 and closed at 18:01 on a weekday", () => {
    expect(isOpen(weekdays, kst("2026-11-23T17:59:00"))).toBe(true);
    expect(isOpen(weekdays, kst("2026-11-23T18:01:00"))).toBe(false);
    expect(isOpen(weekdays, kst("2026-11-23T08:59:59"))).toBe(false);
    // 17:59 KST is 08:59 UTC: the schedule must not read UTC hours.
    expect(isOpen(weekdays, new Date("2026-11-23T08:59:00Z"))).toBe(true);
  });

  it("is closed on a Saturday and reopens on Monday morning", () => {
    expect(isOpen(weekdays, kst("2026-11-21T11:00:00"))).toBe(false);
    expect(nextOpening(weekdays, kst("2026-11-21T11:00:00"))).toEqual(kst("2026-11-23T09:00:00"));
  });

  it("is closed over Chuseok and reopens after the holiday weekend", () => {
    for (const day of ["2026-09-24", "2026-09-25"])
      expect(isOpen(weekdays, kst(`${day}T10:00:00`))).toBe(false);
    expect(nextOpening(weekdays, kst("2026-09-23T18:01:00"))).toEqual(kst("2026-09-28T09:00:00"));
  });

  it("honours the centre's own closed days and Saturday hours", () => {
    const schedule = parseOfficeHours("mon-fri 09:00-18:00; sat 10:00-13:00", ["2026-11-27"]);
    expect(isOpen(schedule, kst("2026-11-27T10:00:00"))).toBe(false);
    expect(isOpen(schedule, kst("2026-11-28T10:30:00"))).toBe(true);
    expect(describeHours(schedule, "en")).toBe("Mon–Fri 09:00–18:00, Sat 10:00–13:00");
    expect(describeHours(schedule, "ko")).toBe("월–금 09:00–18:00, 토 10:00–13:00");
  });

  it("rejects a malformed schedule with a clear message", () => {
    expect(() => parseOfficeHours("weekdays 9-6")).toThrow(OfficeHoursError);
    expect(() => parseOfficeHours("mon-fri 18:00-09:00")).toThrow(/closes before it opens/);
    expect(() => parseOfficeHours("mon-fri 09:00-18:00", ["27/11/2026"])).toThrow(/date like/);
  });
});

describe("a handoff outside office hours", () => {
  it("tells the resident when counselors are back, gives the 24-hour lines, and keeps the ticket", async () => {
    const h = await engineHarness({ now: kst("2026-11-23T18:01:00") });
    await h.pick("late", "lang:ko");
    const result = await h.pick("late", "human");
    expect(result.decision).toMatchObject({ type: "handover", ticket: { open: false } });
    const text = h.texts(result.replies);
    expect(text).toContain("월–금 09:00–18:00");
    expect(text).toContain("11월 24일 화요일 09:00");
    expect(text).toContain("119");
    expect(text).toContain("1577-1366");
    expect((await h.store.getConversation(result.conversationId!))?.status).toBe("waiting");
  });
});
