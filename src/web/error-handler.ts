import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";

/**
 * The one place errors leave the HTTP edge: a stable code and a safe message, never a stack.
 * 4xx are the caller's problem (logged at info), 5xx ours (logged at error with the cause).
 */
export function errorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const status =
    error.statusCode && error.statusCode >= 400 && error.statusCode < 600 ? error.statusCode : 500;
  if (status >= 500) {
    request.log.error({ err: error }, "request failed");
    void reply
      .code(status)
      .send({ error: "DARI_HTTP_INTERNAL", message: "Something went wrong on our side." });
    return;
  }
  request.log.info({ code: error.code, message: error.message }, "request rejected");
  void reply.code(status).send({ error: error.code ?? "DARI_HTTP_BAD_REQUEST", message: error.message });
}
