// `npm run faq -- export --format json`: every FAQ entry with all translations, phrasings, topic,
// status, sources and review dates, from the configured database (migrated and seeded if empty).
import { parseArgs } from "node:util";
import { loadConfig } from "../config.js";
import { createDb, migrate, PrismaFaqRepository } from "../db/index.js";
import { seedFaq } from "../knowledge/index.js";
import { describeStartupError } from "../startup-error.js";

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    options: { format: { type: "string", default: "json" } },
    allowPositionals: true,
  });
  if (positionals[0] !== "export")
    throw new Error("usage: npm run faq -- export --format json (import arrives with the admin console)");
  if (values.format !== "json") throw new Error(`--format ${values.format} is not supported; use json`);
  const config = loadConfig();
  await migrate(config.database);
  const db = createDb(config.database);
  try {
    const faq = new PrismaFaqRepository(db);
    if (config.bot.seedOnStart) await seedFaq(faq);
    const entries = await faq.list();
    process.stdout.write(`${JSON.stringify({ exportedAt: new Date().toISOString(), entries }, null, 2)}\n`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(describeStartupError(error).replace("Dari cannot start", "faq failed"));
  process.exit(1);
});
