import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../src/config.js";

describe("config", () => {
  it("defaults to the embedded mode: SQLite file, port 3000 on loopback, no channels", () => {
    const config = loadConfig({});
    expect(config.database).toEqual({ provider: "sqlite", url: "file:./data/dari.db" });
    expect(config.http).toMatchObject({ port: 3000, host: "127.0.0.1" });
    expect(config.telegram).toBeUndefined();
    expect(config.line).toBeUndefined();
    expect(config.discord).toBeUndefined();
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.http)).toBe(true);
  });

  it("picks PostgreSQL from the URL scheme", () => {
    const config = loadConfig({ DATABASE_URL: "postgresql://dari@db:5432/dari" });
    expect(config.database.provider).toBe("postgresql");
  });

  it("names every bad variable at once", () => {
    let error: unknown;
    try {
      loadConfig({ PORT: "abc", DATABASE_URL: "mysql://x", LOG_LEVEL: "loud" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join("\n");
    expect(problems).toMatch(/^PORT: .*whole number.*\(got "abc"\)/m);
    expect(problems).toMatch(/^DATABASE_URL: must start with file: \(SQLite\) or postgresql:\/\//m);
    expect(problems).toMatch(/^LOG_LEVEL: /m);
  });

  it("turns a channel on only when its tokens are all set", () => {
    expect(() => loadConfig({ LINE_CHANNEL_SECRET: "s" })).toThrow(
      /LINE_CHANNEL_SECRET and LINE_CHANNEL_ACCESS_TOKEN/,
    );
    const line = loadConfig({
      LINE_CHANNEL_SECRET: "s",
      LINE_CHANNEL_ACCESS_TOKEN: "t",
      LINE_API_BASE_URL: "http://127.0.0.1:9",
    });
    expect(line.line).toMatchObject({ channelSecret: "s", apiBaseUrl: "http://127.0.0.1:9" });
    expect(() => loadConfig({ TELEGRAM_BOT_TOKEN: "1:x" })).toThrow(/TELEGRAM_WEBHOOK_SECRET/);
    expect(loadConfig({ TELEGRAM_BOT_TOKEN: "1:x", TELEGRAM_MODE: "polling" }).telegram?.mode).toBe(
      "polling",
    );
    expect(() => loadConfig({ LINE_API_BASE_URL: "http://127.0.0.1:9/" })).toThrow(/LINE_API_BASE_URL/);
  });
});
