import { describe, expect, it } from "vitest";
import { LifecycleError, nextStatus, transition } from "../../src/core/index.js";

describe("conversation lifecycle table", () => {
  it("allows the documented path BOT → WAITING → ACTIVE → CLOSED → BOT", () => {
    expect(transition("bot", "handover")).toBe("waiting");
    expect(transition("waiting", "claim")).toBe("active");
    expect(transition("active", "close")).toBe("closed");
    expect(transition("closed", "reopen")).toBe("bot");
    expect(transition("waiting", "cancel")).toBe("bot");
    expect(transition("active", "release")).toBe("waiting");
  });

  it("refuses moves the table does not list", () => {
    expect(nextStatus("bot", "claim")).toBeUndefined();
    expect(nextStatus("closed", "claim")).toBeUndefined();
    expect(() => transition("active", "cancel")).toThrow(LifecycleError);
    expect(() => transition("bot", "claim")).toThrow(/cannot claim/);
  });
});
