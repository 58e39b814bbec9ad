// `npm run db:migrate`: brings the configured database (SQLite or PostgreSQL) to the latest migration.
import { loadConfig } from "../config.js";
import { migrate } from "../db/index.js";
import { describeStartupError } from "../startup-error.js";

try {
  const config = loadConfig();
  const applied = await migrate(config.database);
  console.error(
    applied.length
      ? `Applied ${applied.length} migration(s): ${applied.join(", ")}`
      : "Database is up to date.",
  );
} catch (error) {
  console.error(describeStartupError(error));
  process.exit(1);
}
