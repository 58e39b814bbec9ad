import Fastify, { type FastifyBaseLogger, type FastifyInstance } from "fastify";
import type { Logger } from "pino";
import { type ConsoleApiDeps, consoleApi } from "./console-api.js";
import { errorHandler } from "./error-handler.js";

export interface ServerDeps {
  logger: Logger;
  /** True when the database answers. */
  ready: () => Promise<boolean>;
  /** Largest request body accepted, in bytes. */
  bodyLimit?: number;
  /** The counselor API; off when no token is configured. */
  console?: ConsoleApiDeps | undefined;
}

/** The HTTP edge: health, readiness, and (in later work) webhooks and the console. */
export function buildServer(deps: ServerDeps): FastifyInstance {
  const app = Fastify({
    loggerInstance: deps.logger as FastifyBaseLogger,
    bodyLimit: deps.bodyLimit ?? 1_048_576,
    disableRequestLogging: false,
  });
  app.setErrorHandler(errorHandler);
  app.get("/healthz", async () => ({ status: "ok" }));
  app.get("/readyz", async (_request, reply) => {
    const ok = await deps.ready();
    return reply
      .code(ok ? 200 : 503)
      .send({ status: ok ? "ready" : "unavailable", database: ok ? "up" : "down" });
  });
  if (deps.console) {
    const consoleDeps = deps.console;
    void app.register(async (scope) => consoleApi(scope, consoleDeps), { prefix: "/api/console" });
  }
  return app;
}
