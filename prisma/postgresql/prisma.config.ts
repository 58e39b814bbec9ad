// Prisma CLI config for the PostgreSQL schema (generate and diff only: migrate commands fail
// through the pg adapter, so src/db/migrate.ts applies migrations), see TOOLCHAIN.md.
import { PrismaPg } from "@prisma/adapter-pg";
import { defineConfig } from "prisma/config";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "./schema.prisma",
  adapter: async () =>
    new PrismaPg({ connectionString: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres" }),
});
