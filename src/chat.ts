// `npm run chat -- --lang <code> [--user <id>]`: talk to Dari in the terminal over the same core
// path the chat apps use. Piped input is answered line by line, so it can be scripted.
import { randomUUID } from "node:crypto";
import { parseArgs } from "node:util";
import { createDari } from "./app.js";
import { CliChannel } from "./channels/cli/index.js";
import { loadConfig } from "./config.js";
import { isLocale, LOCALES } from "./core/index.js";
import { createLogger } from "./logging.js";
import { describeStartupError } from "./startup-error.js";

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { lang: { type: "string" }, user: { type: "string" } },
    allowPositionals: false,
  });
  if (values.lang !== undefined && !isLocale(values.lang)) {
    throw new Error(`--lang must be one of ${LOCALES.join(", ")} (got "${values.lang}")`);
  }
  const config = loadConfig();
  // Logs go to stderr so stdout carries only the conversation.
  const logger = createLogger({
    level: config.log.level === "info" ? "warn" : config.log.level,
    destination: 2,
  });
  const dari = await createDari(config, logger);
  try {
    const userId = values.user ?? `cli-${randomUUID()}`;
    const resident = await dari.store.upsertResident("cli", userId, {});
    if (values.lang) await dari.store.setResidentLocale(resident.id, values.lang, "chosen");
    const channel = new CliChannel(dari.engine, userId, process.stdout);
    await channel.run(process.stdin, Boolean(process.stdin.isTTY));
  } finally {
    await dari.close();
  }
}

main().catch((error: unknown) => {
  console.error(describeStartupError(error));
  process.exit(1);
});
