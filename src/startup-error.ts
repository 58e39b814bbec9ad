import { ConfigError } from "./config.js";

/** A one-paragraph explanation of why Dari could not start, without a stack trace. */
export function describeStartupError(error: unknown): string {
  if (error instanceof ConfigError) return `Dari cannot start. ${error.message}`;
  const err = error as { code?: unknown; message?: unknown };
  const code = typeof err?.code === "string" ? ` [${err.code}]` : "";
  const message = typeof err?.message === "string" ? err.message : String(error);
  return `Dari cannot start${code}: ${message}`;
}
