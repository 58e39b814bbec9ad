import { describe, expect, it } from "vitest";
import type { Conversation } from "../../src/core/index.js";
import { type Counselor, isOfferedTo } from "../../src/handoff/index.js";

const now = new Date("2026-11-23T10:00:00+09:00");
const counselor = (id: string, languages: Counselor["languages"], available = true): Counselor => ({
  id,
  email: `${id}@centre.kr`,
  name: id,
  role: "counselor",
  languages,
  maxConcurrent: 3,
  available,
});
const waiting = (language: Conversation["language"], waitedMs: number, extra: Partial<Conversation> = {}) =>
  ({
    status: "waiting",
    language,
    queuedAt: new Date(now.getTime() - waitedMs),
    offeredToId: null,
    routeLanguage: null,
    ...extra,
  }) as Conversation;

const minji = counselor("minji", ["ko", "vi"]);
const john = counselor("john", ["en", "ko"]);

describe("routing by language", () => {
  it("offers a chat first to counselors who speak its language", () => {
    expect(isOfferedTo(minji, waiting("vi", 10_000), [minji, john], now)).toBe(true);
    expect(isOfferedTo(john, waiting("vi", 10_000), [minji, john], now)).toBe(false);
  });

  it("offers it to everyone after the delay, or when no speaker is available", () => {
    expect(isOfferedTo(john, waiting("vi", 3 * 60_000), [minji, john], now)).toBe(true);
    expect(
      isOfferedTo(
        john,
        waiting("vi", 10_000),
        [counselor("minji", ["vi"], false), john].filter((c) => c.available),
        now,
      ),
    ).toBe(true);
    expect(isOfferedTo(john, waiting("th", 0), [minji, john], now)).toBe(true);
  });

  it("follows a transfer to a language or to a named counselor", () => {
    expect(isOfferedTo(john, waiting("vi", 0, { routeLanguage: "en" }), [minji, john], now)).toBe(true);
    expect(isOfferedTo(minji, waiting("vi", 0, { routeLanguage: "en" }), [minji, john], now)).toBe(false);
    expect(isOfferedTo(john, waiting("vi", 600_000, { offeredToId: "minji" }), [minji, john], now)).toBe(
      false,
    );
    expect(isOfferedTo(minji, waiting("en", 0, { offeredToId: "minji" }), [minji, john], now)).toBe(true);
  });
});
