import { readFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run } from "../support/processes.js";
import { tempDir } from "../support/temp-dir.js";

const dir = tempDir();
const file = join(dir.path, "chat.db");
const env = { DATABASE_URL: `file:${file}` };
const chat = (input: string, ...args: string[]) =>
  run("npx", ["tsx", "src/chat.ts", ...args], { env, input });

beforeAll(async () => {
  // Migrate and seed once so the cases below do not race to create the same file.
  await chat("", "--lang", "en");
});
afterAll(() => dir.remove());

describe("npm run chat (piped)", () => {
  it("answers a Korean E-7 question from the seed", async () => {
    const result = await chat("E-7 비자 조건이 뭐예요?\n", "--lang", "ko");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/E-7/);
    expect(result.stdout).toContain("도움이 되었나요?");
    expect(result.stdout).toMatch(/ {2}1\) /);
  });

  it("hands a request for a person to the queue and stores the conversation as WAITING", async () => {
    const result = await chat(
      "I want to talk to a real person please\n",
      "--lang",
      "en",
      "--user",
      "piped-human",
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("finding a counselor");
    const db = new Database(file, { readonly: true });
    const row = db
      .prepare(
        `SELECT c.status, c.handoffReason FROM "Conversation" c JOIN "Resident" r ON r.id = c.residentId WHERE r.channelUserId = ?`,
      )
      .get("piped-human") as { status: string; handoffReason: string };
    db.close();
    expect(row).toEqual({ status: "waiting", handoffReason: "requested" });
  });

  it("lets a number pick one of the options shown", async () => {
    const vietnamese = JSON.parse(readFileSync("locales/vi/resident.json", "utf8"));
    const result = await chat("/lang\n4\n", "--lang", "en");
    expect(result.stdout).toContain("  4) Tiếng Việt");
    expect(result.stdout).toContain(vietnamese.languageChanged);
  });

  it("rejects an unknown --lang with a clear message", async () => {
    const result = await chat("", "--lang", "xx");
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain("--lang must be one of ko, en");
  });
});

describe("npm run faq -- export", () => {
  it("prints every entry with translations, phrasings, topic, status, sources and review dates", async () => {
    const result = await run("npx", ["tsx", "src/tools/faq.ts", "export", "--format", "json"], { env });
    expect(result.code).toBe(0);
    const exported = JSON.parse(result.stdout) as {
      entries: {
        topic: string;
        status: string;
        sources: unknown[];
        reviewedAt: string;
        translations: Record<string, { phrasings: string[] }>;
      }[];
    };
    expect(exported.entries.length).toBeGreaterThanOrEqual(46);
    const entry = exported.entries.find((e) => e.topic === "labor.min_wage")!;
    expect(entry).toMatchObject({ status: "published", reviewedAt: expect.any(String) });
    expect(entry.sources.length).toBeGreaterThan(0);
    expect(Object.keys(entry.translations)).toHaveLength(14);
    expect(entry.translations.vi!.phrasings.length).toBeGreaterThanOrEqual(8);
  });

  it("refuses an unknown format with a clear message", async () => {
    const result = await run("npx", ["tsx", "src/tools/faq.ts", "export", "--format", "xml"], { env });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain("--format xml is not supported");
  });
});

describe("npm run faq -- review", () => {
  it("reports what needs a reviewer, as JSON for tools", async () => {
    const result = await run("npx", ["tsx", "src/tools/faq.ts", "review", "--format", "json"], { env });
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as {
      entries: number;
      due: { key: string; reason: string }[];
      unreviewed: Record<string, number>;
      missing: unknown[];
    };
    expect(report.entries).toBeGreaterThanOrEqual(46);
    expect(report.missing).toEqual([]);
    // No translation has been confirmed by a native reviewer yet.
    expect(report.unreviewed.vi).toBe(report.entries);
  });
});
