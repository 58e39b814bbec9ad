// `npm run eval -- --file <cases.jsonl> [--out <outcomes.jsonl>] [--json]`: runs each case through
// the real engine as a brand-new resident, on a fresh SQLite database seeded with the FAQ.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { createDari } from "../app.js";
import { loadConfig } from "../config.js";
import { type EvalOutcome, formatReport, readEvalCases, score, toOutcome } from "../knowledge/index.js";
import { createLogger } from "../logging.js";
import { describeStartupError } from "../startup-error.js";

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { file: { type: "string" }, out: { type: "string" }, json: { type: "boolean" } },
  });
  if (!values.file) throw new Error("--file <cases.jsonl> is required");
  const cases = readEvalCases(values.file);
  const dir = mkdtempSync(join(tmpdir(), "dari-eval-"));
  const config = loadConfig({ DATABASE_URL: `file:${join(dir, "eval.db")}`, LOG_LEVEL: "error" });
  const dari = await createDari(config, createLogger({ level: "error", destination: 2 }));
  const outcomes: EvalOutcome[] = [];
  try {
    for (const c of cases) {
      const result = await dari.engine.handle({
        channel: "eval",
        channelUserId: `eval-${c.id}`,
        kind: "text",
        text: c.text,
      });
      outcomes.push(toOutcome(c.id, result.detected ?? result.locale, result.decision));
    }
  } finally {
    await dari.close();
    rmSync(dir, { recursive: true, force: true });
  }
  if (values.out)
    writeFileSync(
      values.out,
      outcomes.map((o) => JSON.stringify(o)).join("\n") + (outcomes.length ? "\n" : ""),
    );
  if (cases.some((c) => c.expect?.length)) {
    const report = score(cases, outcomes);
    process.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatReport(report)}\n`);
  } else if (!values.out) {
    process.stdout.write(`${outcomes.map((o) => JSON.stringify(o)).join("\n")}\n`);
  }
}

main().catch((error: unknown) => {
  console.error(describeStartupError(error).replace("Dari cannot start", "eval failed"));
  process.exit(1);
});
