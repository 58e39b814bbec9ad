import type { FastifyInstance, FastifyReply } from "fastify";
import { z } from "zod";
import { LOCALES } from "../core/index.js";
import {
  CLOSE_REASONS,
  type CounselorDesk,
  type DeskRefusal,
  type HandoffEvents,
  type HandoffStore,
  summarize,
} from "../handoff/index.js";
import { bearerMatches } from "./bearer-auth.js";

export interface ConsoleApiDeps {
  token: string;
  desk: CounselorDesk;
  handoff: HandoffStore;
  events: HandoffEvents;
}

const locale = z.enum(LOCALES);
const counselorInput = z.object({
  email: z.string().email(),
  name: z.string().trim().min(1).max(80),
  role: z.enum(["admin", "counselor"]).default("counselor"),
  languages: z.array(locale).min(1),
  maxConcurrent: z.number().int().min(1).max(20).default(3),
  available: z.boolean().default(false),
});
const counselorPatch = counselorInput.omit({ email: true }).partial();
const text = z.object({ text: z.string().trim().min(1).max(4000) });
const transfer = z.union([z.object({ counselorId: z.string().min(1) }), z.object({ language: locale })]);
const close = z.object({ reason: z.enum(CLOSE_REASONS as [string, ...string[]]) });
const insertFaq = z.object({ entryId: z.string().min(1) });
const period = z.object({ from: z.coerce.date().optional(), to: z.coerce.date().optional() });

class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function parse<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value ?? {});
  if (!result.success) {
    const detail = result.error.issues.map((i) => `${i.path.join(".") || "body"}: ${i.message}`).join("; ");
    throw new ApiError(400, "DARI_CONSOLE_BAD_INPUT", detail);
  }
  return result.data;
}

const REFUSALS: Record<DeskRefusal["type"], number> = { notFound: 404, notAssigned: 403, wrongState: 409 };

function send(reply: FastifyReply, result: { type: string } & Record<string, unknown>) {
  if (result.type === "ok") return reply.send(result.value);
  if (result.type in REFUSALS) return reply.code(REFUSALS[result.type as DeskRefusal["type"]]).send(result);
  return reply.send(result);
}

/**
 * The counselor JSON API under /api/console. Until accounts exist, a configured bearer token
 * guards it and the acting counselor names themself in the X-Counselor-Id header.
 */
export async function consoleApi(app: FastifyInstance, deps: ConsoleApiDeps): Promise<void> {
  const { desk, handoff } = deps;

  app.addHook("onRequest", async (request, reply) => {
    if (!bearerMatches(request.headers.authorization, deps.token)) {
      return reply
        .code(401)
        .send({ error: "DARI_CONSOLE_UNAUTHORIZED", message: "A valid bearer token is required." });
    }
  });
  app.setErrorHandler((error, _request, reply) => {
    if (error instanceof ApiError)
      return reply.code(error.statusCode).send({ error: error.code, message: error.message });
    throw error;
  });

  const actor = (headers: Record<string, unknown>) => {
    const id = headers["x-counselor-id"];
    if (typeof id !== "string" || !id)
      throw new ApiError(
        400,
        "DARI_CONSOLE_NO_COUNSELOR",
        "Send the acting counselor's id in X-Counselor-Id.",
      );
    return id;
  };

  app.get("/counselors", async () => handoff.listCounselors());
  app.post("/counselors", async (request, reply) =>
    reply.code(201).send(await handoff.createCounselor(parse(counselorInput, request.body))),
  );
  app.patch<{ Params: { id: string } }>("/counselors/:id", async (request, reply) => {
    const updated = await handoff.updateCounselor(request.params.id, parse(counselorPatch, request.body));
    return updated ? updated : reply.code(404).send({ type: "notFound", what: "counselor" });
  });

  app.get("/queue", async (request) => {
    const me = request.headers["x-counselor-id"];
    return (await desk.queue(typeof me === "string" ? me : undefined)).map((item) => ({
      ...item.conversation,
      position: item.position,
      waitedSeconds: item.waitedSeconds,
      offeredToMe: item.offeredToMe,
    }));
  });
  app.post("/queue/next", async (request, reply) => {
    const result = await desk.claimNext(actor(request.headers));
    return reply.code(result.type === "claimed" ? 200 : result.type === "empty" ? 200 : 409).send(result);
  });

  app.get<{ Params: { id: string } }>("/conversations/:id", async (request, reply) =>
    send(reply, await desk.transcript(request.params.id)),
  );
  app.post<{ Params: { id: string } }>("/conversations/:id/claim", async (request, reply) => {
    const result = await desk.claim(request.params.id, actor(request.headers));
    const status = {
      claimed: 200,
      alreadyTaken: 409,
      atCapacity: 409,
      notFound: 404,
      notAssigned: 403,
      wrongState: 409,
    }[result.type];
    return reply.code(status).send(result);
  });
  app.post<{ Params: { id: string } }>("/conversations/:id/release", async (request, reply) =>
    send(reply, await desk.release(request.params.id, actor(request.headers))),
  );
  app.post<{ Params: { id: string } }>("/conversations/:id/transfer", async (request, reply) =>
    send(
      reply,
      await desk.transfer(request.params.id, actor(request.headers), parse(transfer, request.body)),
    ),
  );
  app.post<{ Params: { id: string } }>("/conversations/:id/close", async (request, reply) => {
    const { reason } = parse(close, request.body);
    return send(
      reply,
      await desk.close(request.params.id, actor(request.headers), reason as (typeof CLOSE_REASONS)[number]),
    );
  });
  app.post<{ Params: { id: string } }>("/conversations/:id/reply", async (request, reply) =>
    send(reply, await desk.reply(request.params.id, actor(request.headers), parse(text, request.body).text)),
  );
  app.post<{ Params: { id: string } }>("/conversations/:id/notes", async (request, reply) =>
    send(reply, await desk.note(request.params.id, actor(request.headers), parse(text, request.body).text)),
  );
  app.post<{ Params: { id: string } }>("/conversations/:id/insert-faq", async (request, reply) =>
    send(
      reply,
      await desk.insertFaq(request.params.id, actor(request.headers), parse(insertFaq, request.body).entryId),
    ),
  );

  app.get("/reports", async (request) => {
    const { from, to } = parse(period, request.query);
    const end = to ?? new Date();
    const start = from ?? new Date(end.getTime() - 30 * 86_400_000);
    return { from: start, to: end, ...summarize(await handoff.handedOver(start, end)) };
  });

  // Server-sent events: one JSON event per line of the handoff event bus.
  app.get("/events", (request, reply) => {
    reply.hijack();
    reply.raw.writeHead(200, {
      "content-type": "text/event-stream",
      "cache-control": "no-cache",
      connection: "keep-alive",
    });
    reply.raw.write(": connected\n\n");
    const unsubscribe = deps.events.subscribe((event) =>
      reply.raw.write(`event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`),
    );
    const heartbeat = setInterval(() => reply.raw.write(": ping\n\n"), 25_000);
    request.raw.on("close", () => {
      clearInterval(heartbeat);
      unsubscribe();
    });
  });
}
