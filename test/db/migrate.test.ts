import { execFileSync } from "node:child_process";
import { cpSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { listMigrations, MigrationError, migrate } from "../../src/db/index.js";
import { createThrowawayDatabase, postgresAvailable } from "../support/postgres.js";
import { tempDir } from "../support/temp-dir.js";

const dir = tempDir();
afterAll(() => dir.remove());

describe("migrations on SQLite", () => {
  const url = `file:${join(dir.path, "nested", "dari.db")}`;

  it("creates the file and folder, applies every migration once, and is idempotent", async () => {
    const applied = await migrate({ provider: "sqlite", url });
    expect(applied).toEqual(listMigrations("sqlite").map((m) => m.name));
    expect(await migrate({ provider: "sqlite", url })).toEqual([]);
    const db = new Database(url.slice(5), { readonly: true });
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as {
      name: string;
    }[];
    db.close();
    expect(tables.map((t) => t.name)).toEqual(
      expect.arrayContaining(["Conversation", "Message", "FaqEntry", "_prisma_migrations"]),
    );
  });

  it("records migrations the way Prisma does, so `prisma migrate status` agrees", () => {
    const out = execFileSync(
      "npx",
      ["prisma", "migrate", "status", "--config", "prisma/sqlite/prisma.config.ts"],
      {
        env: { ...process.env, DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
        encoding: "utf8",
      },
    );
    expect(out).toContain("Database schema is up to date");
  });

  it("refuses to run when an applied migration was edited afterwards", async () => {
    const root = join(dir.path, "prisma-copy");
    cpSync("prisma", root, { recursive: true });
    const first = listMigrations("sqlite", root)[0]!;
    writeFileSync(
      join(root, "sqlite", "migrations", first.name, "migration.sql"),
      `${first.sql}\n-- edited\n`,
    );
    const edited = listMigrations("sqlite", root);
    expect(edited[0]!.checksum).not.toBe(first.checksum);
    const { migrate: run } = await import("../../src/db/migrate.js");
    await expect(run({ provider: "sqlite", url }, root)).rejects.toBeInstanceOf(MigrationError);
  });
});

const pgUp = await postgresAvailable();

describe.skipIf(!pgUp)("migrations on PostgreSQL", () => {
  it("applies every migration once even when two instances start together", async () => {
    const throwaway = await createThrowawayDatabase();
    try {
      const config = { provider: "postgresql", url: throwaway.url } as const;
      const [a, b] = await Promise.all([migrate(config), migrate(config)]);
      expect([...a, ...b]).toEqual(listMigrations("postgresql").map((m) => m.name));
      const client = new pg.Client({ connectionString: throwaway.url });
      await client.connect();
      const { rows } = await client.query(`SELECT migration_name, finished_at FROM "_prisma_migrations"`);
      const { rows: tables } = await client.query(
        `SELECT tablename FROM pg_tables WHERE schemaname = 'public'`,
      );
      await client.end();
      expect(rows).toHaveLength(listMigrations("postgresql").length);
      expect(rows.every((r) => r.finished_at !== null)).toBe(true);
      expect(tables.map((t) => t.tablename)).toEqual(
        expect.arrayContaining(["Conversation", "OutboxItem", "ProcessedEvent"]),
      );
    } finally {
      await throwaway.drop();
    }
  });
});
