// `npm run db:seed`: loads prisma/seed/faq into the database, creating or updating entries by key.
import { loadConfig } from "../config.js";
import { createDb, migrate, PrismaFaqRepository } from "../db/index.js";
import { seedFaq } from "../knowledge/index.js";
import { describeStartupError } from "../startup-error.js";

try {
  const config = loadConfig();
  await migrate(config.database);
  const db = createDb(config.database);
  try {
    const result = await seedFaq(new PrismaFaqRepository(db), { force: true });
    console.error(`FAQ seed: ${result.created} created, ${result.updated} updated.`);
  } finally {
    await db.$disconnect();
  }
} catch (error) {
  console.error(describeStartupError(error));
  process.exit(1);
}
