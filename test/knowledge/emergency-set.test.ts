import { describe, expect, it } from "vitest";
import { LexiconSignalDetector, readEvalCases } from "../../src/knowledge/index.js";

// eval/emergency.jsonl: 504 messages in the 14 languages, two thirds danger happening now written
// the way a panicked person types, one third calm questions about the same things (see
// eval/README.md). Not every one is caught yet; these floors keep a lexicon change from losing
// ground, and should rise as the lexicons do.
const MIN_CAUGHT = 0.9;
const MAX_FALSE_ALARMS = 0.05;

const detector = LexiconSignalDetector.fromFiles();
const cases = readEvalCases("eval/emergency.jsonl");
const alarms = (text: string) => detector.detect(text).some((s) => s.kind === "emergency");

describe("the emergency set", () => {
  it("catches danger now in nearly every message, and rarely alarms on a calm question", () => {
    const danger = cases.filter((c) => c.expect?.includes("emergency"));
    const calm = cases.filter((c) => c.expect?.includes("calm"));
    expect(danger.length).toBe(336);
    expect(calm.length).toBe(168);
    const missed = danger.filter((c) => !alarms(c.text)).map((c) => c.id);
    const falseAlarms = calm.filter((c) => alarms(c.text)).map((c) => c.id);
    expect(1 - missed.length / danger.length, `missed: ${missed.join(", ")}`).toBeGreaterThanOrEqual(
      MIN_CAUGHT,
    );
    expect(falseAlarms.length / calm.length, `false alarms: ${falseAlarms.join(", ")}`).toBeLessThanOrEqual(
      MAX_FALSE_ALARMS,
    );
  });
});
