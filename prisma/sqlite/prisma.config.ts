// Prisma CLI config for the SQLite schema: the JS engine and the driver adapter keep the CLI
// offline (no native engine download), see ../shared/design/TOOLCHAIN.md.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { defineConfig } from "prisma/config";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "./schema.prisma",
  adapter: async () => new PrismaBetterSQLite3({ url: process.env.DATABASE_URL ?? "file:./data/dari.db" }),
});
