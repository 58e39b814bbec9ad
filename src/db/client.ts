import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as PostgresClient } from "./generated/postgresql/client.js";
import { PrismaClient as SqliteClient } from "./generated/sqlite/client.js";

/** Which database, from DATABASE_URL. */
export type DatabaseConfig = { provider: "sqlite"; url: string } | { provider: "postgresql"; url: string };

// Both generated clients expose the same models (the parity test keeps the schemas identical),
// so the rest of db/ is written once against this type.
export type Db = SqliteClient;

/** Absolute path of a `file:` SQLite URL, resolved against the working directory. */
export function sqlitePath(url: string): string {
  return resolve(url.replace(/^file:/, ""));
}

/** Opens a Prisma client through the driver adapter for the configured database. */
export function createDb(config: DatabaseConfig): Db {
  if (config.provider === "sqlite") {
    const path = sqlitePath(config.url);
    mkdirSync(dirname(path), { recursive: true });
    return new SqliteClient({ adapter: new PrismaBetterSQLite3({ url: `file:${path}`, timeout: 5000 }) });
  }
  const client = new PostgresClient({ adapter: new PrismaPg({ connectionString: config.url, max: 10 }) });
  return client as unknown as Db;
}

/** True when the database answers a trivial query. */
export async function ping(db: Db): Promise<boolean> {
  try {
    await db.$queryRawUnsafe("SELECT 1");
    return true;
  } catch {
    return false;
  }
}
