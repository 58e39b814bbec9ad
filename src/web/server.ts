import Fastify, { type FastifyBaseLogger, type FastifyInstance } from "fastify";
import type { Logger } from "pino";
import type { Webhook } from "../channels/index.js";
import { type ConsoleApiDeps, consoleApi } from "./console-api.js";
import { errorHandler } from "./error-handler.js";
import { webhookRoutes } from "./webhooks.js";

export interface ServerDeps {
  logger: Logger;
  /** True when the database answers. */
  ready: () => Promise<boolean>;
  /** Largest request body accepted, in bytes. */
  bodyLimit?: number;
  /** The counselor API; off when no token is configured. */
  console?: ConsoleApiDeps | undefined;
  /** Channel webhooks to mount (each channel that is on brings its own). */
  webhooks?: Webhook[];
}

/** The HTTP edge: health, readiness, and (in later work) webhooks and the console. */
export function buildServer(deps: ServerDeps): FastifyInstance {
  const app = Fastify({
    loggerInstance: deps.logger as FastifyBaseLogger,
    bodyLimit: deps.bodyLimit ?? 1_048_576,
  });
  app.setErrorHandler(errorHandler);
  app.get("/healthz", async () => ({ status: "ok" }));
  app.get("/readyz", async (_request, reply) => {
    const ok = await deps.ready();
    return reply
      .code(ok ? 200 : 503)
      .send({ status: ok ? "ready" : "unavailable", database: ok ? "up" : "down" });
  });
  const webhooks = deps.webhooks ?? [];
  if (webhooks.length) void app.register(async (scope) => webhookRoutes(scope, webhooks));
  if (deps.console) {
    const consoleDeps = deps.console;
    void app.register(async (scope) => consoleApi(scope, consoleDeps), { prefix: "/api/console" });
  }
  return app;
}
