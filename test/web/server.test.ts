import pino from "pino";
import { describe, expect, it } from "vitest";
import { buildServer } from "../../src/web/index.js";

const logger = pino({ level: "silent" });

describe("HTTP edge", () => {
  it("reports the process up on /healthz and the database on /readyz", async () => {
    let up = true;
    const app = buildServer({ logger, ready: async () => up });
    expect((await app.inject({ method: "GET", url: "/healthz" })).json()).toEqual({ status: "ok" });
    const ready = await app.inject({ method: "GET", url: "/readyz" });
    expect(ready.statusCode).toBe(200);
    up = false;
    const down = await app.inject({ method: "GET", url: "/readyz" });
    expect(down.statusCode).toBe(503);
    expect(down.json()).toMatchObject({ status: "unavailable", database: "down" });
    await app.close();
  });

  it("answers errors with a stable code and no stack trace", async () => {
    const app = buildServer({ logger, ready: async () => true });
    app.get("/boom", async () => {
      throw new Error("secret internals at /src/x.ts:10");
    });
    app.post("/echo", async (request) => request.body);
    const boom = await app.inject({ method: "GET", url: "/boom" });
    expect(boom.statusCode).toBe(500);
    expect(boom.json()).toEqual({
      error: "DARI_HTTP_INTERNAL",
      message: "Something went wrong on our side.",
    });
    const malformed = await app.inject({
      method: "POST",
      url: "/echo",
      headers: { "content-type": "application/json" },
      payload: "{not json",
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.body).not.toContain("    at ");
    await app.close();
  });
});
