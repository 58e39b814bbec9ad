// `npm start`: the HTTP server, with every channel whose tokens are configured.
import { createDari } from "./app.js";
import { loadConfig } from "./config.js";
import { createLogger } from "./logging.js";
import { describeStartupError } from "./startup-error.js";
import { buildServer } from "./web/index.js";

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger({ level: config.log.level });
  const dari = await createDari(config, logger);
  const server = buildServer({
    logger,
    ready: dari.ready,
    webhooks: dari.channels.flatMap((c) => c.webhooks),
    console: config.console.apiToken
      ? { token: config.console.apiToken, desk: dari.desk, handoff: dari.handoff, events: dari.events }
      : undefined,
  });
  const channels = {
    telegram: Boolean(config.telegram),
    line: Boolean(config.line),
    discord: Boolean(config.discord),
  };
  const on = Object.entries(channels)
    .filter(([, enabled]) => enabled)
    .map(([name]) => name);
  logger.info(
    { channels },
    on.length ? `channels on: ${on.join(", ")}` : "channels on: none (set their tokens to turn them on)",
  );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down");
    // close() waits for in-flight requests; then the database goes.
    await server.close();
    await dari.close();
    logger.info("stopped");
    process.exit(0);
  };
  process.once("SIGTERM", () => void stop("SIGTERM"));
  process.once("SIGINT", () => void stop("SIGINT"));

  await server.listen({ port: config.http.port, host: config.http.host });
  await Promise.all(dari.channels.map((c) => c.start()));
  dari.startBackground();
  if (!config.console.apiToken) logger.info("counselor API off (set CONSOLE_API_TOKEN to turn it on)");
}

main().catch((error: unknown) => {
  console.error(describeStartupError(error));
  process.exit(1);
});
