import type { FastifyInstance } from "fastify";
import type { Webhook } from "../channels/index.js";

/**
 * Mounts channel webhooks. Bodies reach the channel as the exact bytes received, because LINE's
 * signature is computed over them; each channel parses and validates its own payload.
 */
export async function webhookRoutes(app: FastifyInstance, webhooks: Webhook[]): Promise<void> {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser("*", { parseAs: "buffer" }, (_request, body, done) => done(null, body));
  for (const webhook of webhooks) {
    app.post(webhook.path, async (request, reply) => {
      const rawBody = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      const result = await webhook.handle({ headers: request.headers, rawBody });
      if (result.status >= 400)
        request.log.info({ path: webhook.path, status: result.status }, "webhook rejected");
      return reply.code(result.status).send(result.body ?? "");
    });
  }
}
