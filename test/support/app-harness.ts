import pino from "pino";
import { createDari, type Dari } from "../../src/app.js";
import { loadConfig } from "../../src/config.js";
import type { Clock, OutboundMessage } from "../../src/core/index.js";
import { buildServer } from "../../src/web/index.js";

export const CONSOLE_TOKEN = "test-console-token-0123456789";

/** The real app (SQLite or PostgreSQL) with the HTTP edge, a fixed clock and a recording push channel. */
export async function appHarness(
  databaseUrl: string,
  now = new Date("2026-11-23T10:00:00+09:00"),
  env: Record<string, string> = {},
) {
  let current = now;
  const clock: Clock = { now: () => current };
  const config = loadConfig({
    DATABASE_URL: databaseUrl,
    CONSOLE_API_TOKEN: CONSOLE_TOKEN,
    LOG_LEVEL: "silent",
    ...env,
  });
  const logger = pino({ level: "silent" });
  const dari: Dari = await createDari(config, logger, clock);
  const pushed: { recipient: string; message: OutboundMessage }[] = [];
  dari.registerPush("test", async (recipient, message) => {
    pushed.push({ recipient, message });
  });
  await Promise.all(dari.channels.map((c) => c.start()));
  const server = buildServer({
    logger,
    ready: dari.ready,
    webhooks: dari.channels.flatMap((c) => c.webhooks),
    console: { token: CONSOLE_TOKEN, desk: dari.desk, handoff: dari.handoff, events: dari.events },
  });
  const api = (method: "GET" | "POST" | "PATCH", url: string, counselorId?: string, payload?: unknown) =>
    server.inject({
      method,
      url: `/api/console${url}`,
      headers: {
        authorization: `Bearer ${CONSOLE_TOKEN}`,
        ...(counselorId ? { "x-counselor-id": counselorId } : {}),
      },
      ...(payload !== undefined ? { payload: payload as object } : {}),
    });
  /** A counselor who acts only through the HTTP API, as the console will. */
  const counselor = async (profile: { name: string; languages: string[] }) => {
    const created = await api("POST", "/counselors", undefined, {
      email: `${profile.name.toLowerCase()}@centre.kr`,
      name: profile.name,
      languages: profile.languages,
      available: true,
    });
    if (created.statusCode !== 201) throw new Error(`creating ${profile.name} failed: ${created.body}`);
    const id = created.json().id as string;
    const act = async (conversationId: string, action: string, body?: object) => {
      const res = await api("POST", `/conversations/${conversationId}/${action}`, id, body);
      if (res.statusCode !== 200) throw new Error(`${action} failed (${res.statusCode}): ${res.body}`);
      await dari.relay.drain();
      return res.json();
    };
    return {
      id,
      /** Claims the first chat in the queue and returns its id. */
      async claimFirst(): Promise<string> {
        const [waiting] = (await api("GET", "/queue", id)).json() as { id: string }[];
        if (!waiting) throw new Error("the queue is empty");
        await act(waiting.id, "claim");
        return waiting.id;
      },
      reply: (conversationId: string, text: string) => act(conversationId, "reply", { text }),
      close: (conversationId: string, reason = "answered") => act(conversationId, "close", { reason }),
    };
  };
  return {
    dari,
    server,
    api,
    counselor,
    pushed,
    setNow: (d: Date) => {
      current = d;
    },
    async close() {
      await server.close();
      await dari.close();
    },
  };
}
