import { createHmac, randomUUID } from "node:crypto";
import { json, type Recorded, startHttpFake } from "./http-fake.js";

// A subset of the LINE Messaging API (https://developers.line.biz/en/reference/messaging-api/)
// served at the root of its origin, as the SDK's clients require.

export const LINE_SECRET = "line-channel-secret";
export const LINE_TOKEN = "line-access-token";

type LineMessage = {
  type: string;
  text?: string;
  altText?: string;
  quickReply?: { items: { action: { label: string; data: string } }[] };
};

export interface LineFake {
  baseURL: string;
  calls: Recorded[];
  /** Every message a user received, by reply or push, in order. */
  received(userId: string): (LineMessage & { via: "reply" | "push" })[];
  issueReplyToken(userId: string): string;
  profiles: Map<string, { displayName: string; language?: string }>;
  failNext(path: string, status: number, body?: object): void;
  close(): Promise<void>;
}

export async function startLineFake(): Promise<LineFake> {
  const tokens = new Map<string, string>();
  const retryKeys = new Set<string>();
  const delivered: { to: string; via: "reply" | "push"; message: LineMessage }[] = [];
  const profiles = new Map<string, { displayName: string; language?: string }>();
  const failures = new Map<string, { status: number; body: object }>();

  const fake = await startHttpFake((req, res) => {
    if (req.headers.authorization !== `Bearer ${LINE_TOKEN}`)
      return json(res, 401, { message: "Authentication failed" });
    const failure = failures.get(req.path);
    if (failure) {
      failures.delete(req.path);
      return json(res, failure.status, failure.body);
    }
    const body = (req.body ?? {}) as {
      replyToken?: string;
      to?: string;
      messages?: LineMessage[];
      chatId?: string;
      loadingSeconds?: number;
    };
    if (req.method === "POST" && req.path === "/v2/bot/message/reply") {
      const to = body.replyToken ? tokens.get(body.replyToken) : undefined;
      if (!to) return json(res, 400, { message: "Invalid reply token" });
      tokens.delete(body.replyToken!);
      if (!body.messages?.length || body.messages.length > 5)
        return json(res, 400, { message: "Size must be between 1 and 5" });
      for (const message of body.messages) delivered.push({ to, via: "reply", message });
      return json(res, 200, {
        sentMessages: body.messages.map(() => ({ id: randomUUID(), quoteToken: "q" })),
      });
    }
    if (req.method === "POST" && req.path === "/v2/bot/message/push") {
      const key = req.headers["x-line-retry-key"];
      if (typeof key === "string") {
        if (retryKeys.has(key)) return json(res, 409, { message: "The retry key is already accepted" });
        retryKeys.add(key);
      }
      if (!body.to || !body.messages?.length || body.messages.length > 5)
        return json(res, 400, { message: "Invalid push" });
      for (const message of body.messages) delivered.push({ to: body.to, via: "push", message });
      return json(res, 200, {
        sentMessages: body.messages.map(() => ({ id: randomUUID(), quoteToken: "q" })),
      });
    }
    if (req.method === "POST" && req.path === "/v2/bot/chat/loading/start") {
      const seconds = body.loadingSeconds ?? 20;
      if (seconds < 5 || seconds > 60 || seconds % 5 !== 0)
        return json(res, 400, { message: "Invalid loadingSeconds" });
      return json(res, 202, {});
    }
    const profile = /^\/v2\/bot\/profile\/([^/]+)$/.exec(req.path);
    if (req.method === "GET" && profile) {
      const found = profiles.get(profile[1]!);
      if (!found) return json(res, 404, { message: "Not found" });
      return json(res, 200, { userId: profile[1], ...found });
    }
    return json(res, 404, { message: "Not found" });
  });

  return {
    baseURL: `http://127.0.0.1:${fake.port}`,
    calls: fake.calls,
    received: (userId) => delivered.filter((d) => d.to === userId).map((d) => ({ ...d.message, via: d.via })),
    issueReplyToken(userId) {
      const token = randomUUID().replace(/-/g, "");
      tokens.set(token, userId);
      return token;
    },
    profiles,
    failNext(path, status, body = { message: "failure" }) {
      failures.set(path, { status, body });
    },
    close: fake.close,
  };
}

/** Builds LINE webhook bodies and signs them as LINE does (base64 HMAC-SHA256 of the raw body). */
export function lineWebhook(fake: LineFake) {
  let n = 0;
  const base = (userId: string) => ({
    mode: "active",
    timestamp: Date.now(),
    webhookEventId: `01H${String(++n).padStart(23, "0")}`,
    deliveryContext: { isRedelivery: false },
    source: { type: "user", userId },
  });
  return {
    sign: (raw: string, secret = LINE_SECRET) => createHmac("sha256", secret).update(raw).digest("base64"),
    body: (...events: object[]) => JSON.stringify({ destination: "Ubot", events }),
    text: (userId: string, text: string) => ({
      ...base(userId),
      type: "message",
      replyToken: fake.issueReplyToken(userId),
      message: { type: "text", id: String(1000 + n), quoteToken: "q", text },
    }),
    postback: (userId: string, data: string) => ({
      ...base(userId),
      type: "postback",
      replyToken: fake.issueReplyToken(userId),
      postback: { data },
    }),
    follow: (userId: string) => ({
      ...base(userId),
      type: "follow",
      replyToken: fake.issueReplyToken(userId),
      follow: { isUnblocked: false },
    }),
    unfollow: (userId: string) => ({ ...base(userId), type: "unfollow" }),
    image: (userId: string) => ({
      ...base(userId),
      type: "message",
      replyToken: fake.issueReplyToken(userId),
      message: { type: "image", id: String(2000 + n), quoteToken: "q", contentProvider: { type: "line" } },
    }),
  };
}
