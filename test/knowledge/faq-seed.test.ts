import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LOCALES } from "../../src/core/index.js";
import { isTopic, readSeed, TOPICS } from "../../src/knowledge/index.js";

const seed = readSeed();
const SHARED_TOPICS = "../shared/knowledge/topics.yaml";

describe("FAQ seed content", () => {
  it("loads and validates every seed file", () => {
    expect(seed.length).toBeGreaterThanOrEqual(6);
  });

  it("uses only topic keys from the taxonomy", () => {
    expect(seed.filter((e) => !isTopic(e.topic)).map((e) => `${e.key}: ${e.topic}`)).toEqual([]);
  });

  it.skipIf(!existsSync(SHARED_TOPICS))(
    "keeps the in-repo topic list equal to shared/knowledge/topics.yaml",
    () => {
      const yaml = readFileSync(SHARED_TOPICS, "utf8");
      const keys = [...yaml.matchAll(/^ {2}([a-z0-9_.]+):/gm)].map((m) => m[1]);
      expect([...TOPICS]).toEqual(keys);
    },
  );

  it("gives every published entry a source, a review date, and non-empty content in every locale", () => {
    for (const entry of seed.filter((e) => e.status === "published")) {
      expect(entry.sources.length, entry.key).toBeGreaterThan(0);
      expect(entry.reviewedAt.getTime(), entry.key).not.toBeNaN();
      for (const locale of LOCALES) {
        const t = entry.translations[locale];
        expect(t, `${entry.key}/${locale}`).toBeDefined();
        expect(t?.question.trim(), `${entry.key}/${locale} question`).not.toBe("");
        expect(t?.answer.trim(), `${entry.key}/${locale} answer`).not.toBe("");
        expect(t?.phrasings.length, `${entry.key}/${locale} phrasings`).toBeGreaterThanOrEqual(8);
      }
    }
  });

  it("keeps answers chat-sized", () => {
    const long = seed.flatMap((e) =>
      Object.entries(e.translations)
        .filter(([, t]) => (t?.answer.length ?? 0) > 600)
        .map(([l, t]) => `${e.key}/${l}: ${t?.answer.length}`),
    );
    expect(long).toEqual([]);
  });
});
