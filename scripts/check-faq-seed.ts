// Checks FAQ seed files against the schema: `npx tsx scripts/check-faq-seed.ts prisma/seed/faq/*.json`.
import { readFileSync } from "node:fs";
import { seedFileSchema } from "../src/knowledge/faq-seed-schema.js";
import { LexiconSignalDetector } from "../src/knowledge/signal-detector.js";

const signals = LexiconSignalDetector.fromFiles();

let failed = 0;
for (const path of process.argv.slice(2)) {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    console.log(`${path}: not valid JSON: ${(error as Error).message}`);
    failed++;
    continue;
  }
  const parsed = seedFileSchema.safeParse(data);
  if (!parsed.success) {
    failed++;
    for (const issue of parsed.error.issues)
      console.log(`${path}: ${issue.path.join(".")}: ${issue.message}`);
    continue;
  }
  const expected = path
    .split("/")
    .pop()
    ?.replace(/\.json$/, "");
  if (expected !== parsed.data.topic) {
    failed++;
    console.log(`${path}: topic "${parsed.data.topic}" does not match the file name`);
    continue;
  }
  const long = parsed.data.entries.flatMap((e) =>
    Object.entries(e.translations)
      .filter(([, t]) => t.answer.length > 600)
      .map(([l, t]) => `${e.key}/${l} (${t.answer.length})`),
  );
  // A question about a topic must not read as danger now, or the resident gets emergency numbers.
  const alarms = parsed.data.entries.flatMap((e) =>
    Object.entries(e.translations).flatMap(([l, t]) =>
      [t.question, ...t.phrasings]
        .filter((text) => signals.detect(text).some((s) => s.kind === "emergency"))
        .map((text) => `${l}: ${text}`),
    ),
  );
  for (const alarm of alarms) console.log(`${path}: reads as an emergency: ${alarm}`);
  failed += alarms.length ? 1 : 0;
  console.log(`${path}: ok${long.length ? `; answers over 600 chars: ${long.join(", ")}` : ""}`);
}
process.exit(failed ? 1 : 0);
