import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { run, start } from "../support/processes.js";
import { tempDir } from "../support/temp-dir.js";

const dir = tempDir();
afterAll(() => dir.remove());

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

async function waitFor(url: string, ms: number): Promise<{ status: number; elapsed: number }> {
  const started = Date.now();
  for (;;) {
    try {
      const res = await fetch(url);
      return { status: res.status, elapsed: Date.now() - started };
    } catch {
      if (Date.now() - started > ms) throw new Error(`${url} did not answer within ${ms} ms`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

describe("npm start", () => {
  it("creates and migrates the SQLite file, loads the seed, serves /healthz, and stops cleanly on SIGTERM", async () => {
    const port = await freePort();
    const file = join(dir.path, "data", "dari.db");
    // One process (no npx wrapper) so SIGTERM reaches Dari itself, as it does under a supervisor.
    const app = start(process.execPath, ["--import", "tsx", "src/main.ts"], {
      PORT: String(port),
      DATABASE_URL: `file:${file}`,
      LOG_LEVEL: "info",
    });
    try {
      // A first start loads and indexes about 17,000 FAQ texts (~8 s idle; more while the rest of
      // the suite runs in parallel).
      const health = await waitFor(`http://127.0.0.1:${port}/healthz`, 60_000);
      expect(health.status).toBe(200);
      const ready = await fetch(`http://127.0.0.1:${port}/readyz`);
      expect(ready.status).toBe(200);
      expect(existsSync(file)).toBe(true);
      const db = new Database(file, { readonly: true });
      const entries = db.prepare(`SELECT COUNT(*) AS n FROM "FaqEntry"`).get() as { n: number };
      db.close();
      expect(entries.n).toBeGreaterThanOrEqual(6);
      expect(app.output()).toContain("channels on: none");
    } finally {
      const exited = new Promise<number | null>((resolve) => app.child.on("exit", (code) => resolve(code)));
      app.child.kill("SIGTERM");
      expect(await exited).toBe(0);
    }
  }, 90_000);

  it.each([
    [{ PORT: "abc" }, /PORT: .*whole number/],
    [{ DATABASE_URL: "mysql://localhost/dari" }, /DATABASE_URL: must start with file:/],
  ])("stops with one readable message for bad config %o", async (env, message) => {
    const result = await run("npx", ["tsx", "src/main.ts"], { env });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });
});
