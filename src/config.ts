import { z } from "zod";
import { LOCALES } from "./core/index.js";
import { parseOfficeHours } from "./handoff/index.js";

// The only module that reads process.env (test/architecture.test.ts enforces it). Everything
// else receives the frozen slice it needs from the composition root.

const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === "" ? undefined : v))
  .optional();

const url = (what: string) =>
  z
    .string()
    .trim()
    .refine(
      (v) => /^https?:\/\/[^\s]+$/.test(v) && !v.endsWith("/"),
      `must be an http(s) URL without a trailing slash (${what})`,
    );

const optionalUrl = (what: string) => z.preprocess((v) => (v === "" ? undefined : v), url(what).optional());

const flag = (fallback: boolean) =>
  z
    .enum(["true", "false", "1", "0", "yes", "no"], { message: "must be true or false" })
    .optional()
    .transform((v) => (v === undefined ? fallback : ["true", "1", "yes"].includes(v)));

const databaseUrl = z
  .string()
  .trim()
  .refine(
    (v) => /^file:.+/.test(v) || /^postgres(ql)?:\/\/.+/.test(v),
    "must start with file: (SQLite) or postgresql:// (PostgreSQL)",
  );

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: databaseUrl.default("file:./data/dari.db"),
  PORT: z.coerce
    .number({ message: "must be a whole number between 1 and 65535" })
    .int("must be a whole number between 1 and 65535")
    .min(0)
    .max(65535)
    .default(3000),
  HOST: z.string().trim().min(1).default("127.0.0.1"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  DEFAULT_LOCALE: z.enum(LOCALES).default("en"),
  SEED_ON_START: flag(true),
  MAX_MESSAGE_CHARS: z.coerce.number().int().min(200).max(100_000).default(4000),
  PUBLIC_URL: optionalUrl("the address the platforms call back"),
  OFFICE_HOURS: z.string().trim().default("mon-fri 09:00-18:00"),
  CENTER_CLOSED_DAYS: z
    .string()
    .trim()
    .default("")
    .transform((v) =>
      v
        .split(",")
        .map((d) => d.trim())
        .filter(Boolean),
    ),
  HANDOFF_LANGUAGE_FIRST_SECONDS: z.coerce.number().int().min(0).max(86_400).default(180),
  AUTO_CLOSE_MINUTES: z.coerce.number().int().min(1).max(10_080).default(60),
  CONSOLE_API_TOKEN: optionalText,
  TELEGRAM_BOT_TOKEN: optionalText,
  TELEGRAM_MODE: z.enum(["webhook", "polling"]).default("webhook"),
  TELEGRAM_WEBHOOK_SECRET: optionalText,
  TELEGRAM_API_ROOT: optionalUrl("Telegram Bot API root"),
  TELEGRAM_THROTTLE: flag(true),
  LINE_CHANNEL_SECRET: optionalText,
  LINE_CHANNEL_ACCESS_TOKEN: optionalText,
  LINE_API_BASE_URL: optionalUrl("LINE Messaging API"),
  LINE_DATA_API_BASE_URL: optionalUrl("LINE data API"),
  DISCORD_BOT_TOKEN: optionalText,
  DISCORD_APPLICATION_ID: optionalText,
  DISCORD_API_BASE_URL: optionalUrl("Discord REST API"),
  ALERT_TELEGRAM_CHAT_ID: optionalText,
  ALERT_DISCORD_CHANNEL_ID: optionalText,
});

type Env = z.infer<typeof envSchema>;

/** Raised when the environment is invalid; `problems` names every bad variable at once. */
export class ConfigError extends Error {
  readonly code = "DARI_CONFIG_INVALID";
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

function shape(env: Env) {
  const database = env.DATABASE_URL.startsWith("file:")
    ? ({ provider: "sqlite", url: env.DATABASE_URL } as const)
    : ({ provider: "postgresql", url: env.DATABASE_URL } as const);
  return {
    env: env.NODE_ENV,
    database,
    http: { port: env.PORT, host: env.HOST, publicUrl: env.PUBLIC_URL },
    log: { level: env.LOG_LEVEL },
    bot: {
      defaultLocale: env.DEFAULT_LOCALE,
      maxMessageChars: env.MAX_MESSAGE_CHARS,
      seedOnStart: env.SEED_ON_START,
    },
    console: { apiToken: env.CONSOLE_API_TOKEN },
    handoff: {
      schedule: parseOfficeHours(env.OFFICE_HOURS, env.CENTER_CLOSED_DAYS),
      officeHours: env.OFFICE_HOURS,
      languageFirstMs: env.HANDOFF_LANGUAGE_FIRST_SECONDS * 1000,
      autoCloseMs: env.AUTO_CLOSE_MINUTES * 60_000,
      alerts: { telegram: env.ALERT_TELEGRAM_CHAT_ID, discord: env.ALERT_DISCORD_CHANNEL_ID },
    },
    telegram: env.TELEGRAM_BOT_TOKEN
      ? {
          token: env.TELEGRAM_BOT_TOKEN,
          mode: env.TELEGRAM_MODE,
          webhookSecret: env.TELEGRAM_WEBHOOK_SECRET,
          apiRoot: env.TELEGRAM_API_ROOT,
          throttle: env.TELEGRAM_THROTTLE,
        }
      : undefined,
    line:
      env.LINE_CHANNEL_SECRET && env.LINE_CHANNEL_ACCESS_TOKEN
        ? {
            channelSecret: env.LINE_CHANNEL_SECRET,
            accessToken: env.LINE_CHANNEL_ACCESS_TOKEN,
            apiBaseUrl: env.LINE_API_BASE_URL,
            dataApiBaseUrl: env.LINE_DATA_API_BASE_URL,
          }
        : undefined,
    discord: env.DISCORD_BOT_TOKEN
      ? {
          token: env.DISCORD_BOT_TOKEN,
          applicationId: env.DISCORD_APPLICATION_ID,
          apiBaseUrl: env.DISCORD_API_BASE_URL,
        }
      : undefined,
  };
}

export type Config = Readonly<ReturnType<typeof shape>>;

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object") {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/** Parses the environment once; throws ConfigError listing every problem by variable name. */
export function loadConfig(source: Record<string, string | undefined> = process.env): Config {
  const relevant = Object.fromEntries(Object.keys(envSchema.shape).map((k) => [k, source[k]]));
  const parsed = envSchema.safeParse(relevant);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? "environment");
      const given = source[name];
      return `${name}: ${issue.message}${given !== undefined ? ` (got "${given}")` : ""}`;
    });
    throw new ConfigError(problems);
  }
  const problems: string[] = [];
  const env = parsed.data;
  try {
    parseOfficeHours(env.OFFICE_HOURS, env.CENTER_CLOSED_DAYS);
  } catch (error) {
    const name = /date like/.test((error as Error).message) ? "CENTER_CLOSED_DAYS" : "OFFICE_HOURS";
    problems.push(`${name}: ${(error as Error).message}`);
  }
  if (Boolean(env.LINE_CHANNEL_SECRET) !== Boolean(env.LINE_CHANNEL_ACCESS_TOKEN)) {
    problems.push("LINE_CHANNEL_SECRET and LINE_CHANNEL_ACCESS_TOKEN: set both to turn LINE on, or neither");
  }
  if (env.TELEGRAM_BOT_TOKEN && env.TELEGRAM_MODE === "webhook" && !env.TELEGRAM_WEBHOOK_SECRET) {
    problems.push(
      "TELEGRAM_WEBHOOK_SECRET: required when TELEGRAM_MODE=webhook (it authenticates Telegram's calls)",
    );
  }
  if (problems.length) throw new ConfigError(problems);
  return deepFreeze(shape(env));
}
