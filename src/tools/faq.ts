// `npm run faq -- export --format json`: every FAQ entry with all translations, phrasings, topic,
// status, sources and review dates, from the configured database (migrated and seeded if empty).
// `npm run faq -- review [--format json]`: entries past or near their validUntil, entries not
// reviewed for a year, and translations still waiting for a native reviewer.
import { parseArgs } from "node:util";
import { loadConfig } from "../config.js";
import { createDb, migrate, PrismaFaqRepository } from "../db/index.js";
import { formatReviewReport, reviewReport, seedFaq } from "../knowledge/index.js";
import { describeStartupError } from "../startup-error.js";

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    options: { format: { type: "string" } },
    allowPositionals: true,
  });
  const command = positionals[0];
  values.format ??= command === "review" ? "text" : "json";
  if (command !== "export" && command !== "review")
    throw new Error(
      "usage: npm run faq -- export --format json | review [--format text|json] (import arrives with the admin console)",
    );
  if (command === "export" && values.format !== "json")
    throw new Error(`--format ${values.format} is not supported for export; use json`);
  if (command === "review" && values.format !== "json" && values.format !== "text")
    throw new Error(`--format ${values.format} is not supported for review; use text or json`);
  const config = loadConfig();
  await migrate(config.database);
  const db = createDb(config.database);
  try {
    const faq = new PrismaFaqRepository(db);
    if (config.bot.seedOnStart) await seedFaq(faq);
    const entries = await faq.list();
    if (command === "review") {
      const report = reviewReport(entries, new Date());
      process.stdout.write(
        values.format === "json" ? `${JSON.stringify(report, null, 2)}\n` : `${formatReviewReport(report)}\n`,
      );
      return;
    }
    process.stdout.write(`${JSON.stringify({ exportedAt: new Date().toISOString(), entries }, null, 2)}\n`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(describeStartupError(error).replace("Dari cannot start", "faq failed"));
  process.exit(1);
});
