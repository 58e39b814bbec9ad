import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { LOCALES } from "../../src/core/index.js";
import { run } from "../support/processes.js";
import { tempDir } from "../support/temp-dir.js";

const dir = tempDir();
afterAll(() => dir.remove());

// Generous limits: 700 messages through the real engine on a busy CI machine. Not a speed check.
const EVAL_LIMIT_MS = 300_000;
const evalCli = (...args: string[]) =>
  run("npx", ["tsx", "src/tools/eval.ts", ...args], { timeoutMs: EVAL_LIMIT_MS });

interface Metrics {
  cases: number;
  top1: number | null;
  confidentlyWrong: number;
  emergencyRecall: number | null;
  escalateRecall: number | null;
  languageId: number | null;
}

// eval/heldout.jsonl: 700 resident messages in the 14 languages, written without sight of the FAQ's
// phrasings (see eval/README.md). The bars are the knowledge-base issue's; a change to matching,
// lexicons or content that drops below them fails here, not later on messages nobody has seen.
describe("npm run eval on the held-out messages", () => {
  it(
    "meets the accuracy bars through the real engine, and writes one outcome line per case",
    async () => {
      const out = join(dir.path, "outcomes.jsonl");
      const result = await evalCli("--file", "eval/heldout.jsonl", "--out", out, "--json");
      expect(result.code, result.stderr).toBe(0);
      const report = JSON.parse(result.stdout) as {
        overall: Metrics;
        byLanguage: Record<string, Metrics>;
      };
      const { overall } = report;
      expect(overall.cases).toBe(700);
      expect(overall.top1).toBeGreaterThanOrEqual(0.85);
      expect(overall.confidentlyWrong).toBeLessThanOrEqual(0.03);
      expect(overall.emergencyRecall).toBe(1);
      expect(overall.escalateRecall).toBeGreaterThanOrEqual(0.85);
      expect(overall.languageId).toBeGreaterThanOrEqual(0.95);
      for (const locale of LOCALES)
        expect(report.byLanguage[locale]?.top1, locale).toBeGreaterThanOrEqual(0.75);

      const lines = readFileSync(out, "utf8")
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l));
      expect(lines).toHaveLength(700);
      for (const line of lines) {
        expect(line).toMatchObject({ id: expect.any(String) });
        expect(["answer", "clarify", "handoff", "emergency", "smalltalk", "meta"]).toContain(line.outcome);
        if (line.outcome === "answer") expect(line.topic).toEqual(expect.any(String));
        if (line.outcome === "handoff") expect(line.reason).toEqual(expect.any(String));
      }
    },
    EVAL_LIMIT_MS,
  );

  it("names the line of a broken case file instead of failing with a stack trace", async () => {
    const file = join(dir.path, "broken.jsonl");
    writeFileSync(file, '{"id": "a", "text": "hello"}\n{"id": "b", "text": \n');
    const result = await evalCli("--file", file);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("broken.jsonl:2: not valid JSON");
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it("prints outcomes as JSON lines when the cases carry no labels", async () => {
    const file = join(dir.path, "unlabelled.jsonl");
    writeFileSync(file, '{"id": "u1", "text": "최저임금 얼마예요?"}\n');
    const result = await evalCli("--file", file);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      id: "u1",
      detectedLanguage: "ko",
      outcome: "answer",
      topic: "labor.min_wage",
    });
  });
});
