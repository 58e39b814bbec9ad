import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { listMigrations } from "../../src/db/index.js";

function models(path: string): string {
  const text = readFileSync(path, "utf8");
  const start = text.indexOf("// ---- models");
  return text.slice(start).trim();
}

describe("SQLite and PostgreSQL schemas", () => {
  it("declare exactly the same models", () => {
    const sqlite = models("prisma/sqlite/schema.prisma");
    const postgres = models("prisma/postgresql/schema.prisma");
    expect(sqlite.length).toBeGreaterThan(1000);
    expect(postgres).toBe(sqlite);
  });

  it("have the same migrations, by name, for both providers", () => {
    const names = (p: "sqlite" | "postgresql") => listMigrations(p).map((m) => m.name);
    expect(names("postgresql")).toEqual(names("sqlite"));
    expect(names("sqlite").length).toBeGreaterThan(0);
  });

  it("create every model's table in the migrations", () => {
    const modelNames = [...models("prisma/sqlite/schema.prisma").matchAll(/^model (\w+) \{/gm)].map(
      (m) => m[1],
    );
    for (const provider of ["sqlite", "postgresql"] as const) {
      const sql = listMigrations(provider)
        .map((m) => m.sql)
        .join("\n");
      for (const name of modelNames)
        expect(sql, `${provider} migrations create ${name}`).toContain(`CREATE TABLE "${name}"`);
    }
  });
});
