// LINE through @line/bot-sdk v10: https://developers.line.biz/en/reference/messaging-api/
import { HTTPFetchError, messagingApi, validateSignature, type webhook } from "@line/bot-sdk";
import { ChannelError, type OutboundMessage, type StoredOutbound } from "../../core/index.js";
import {
  type Channel,
  type ChannelContext,
  header,
  type WebhookRequest,
  type WebhookResponse,
} from "../channel.js";
import { fromLine } from "./line-inbound.js";
import { LINE_MESSAGES_PER_REPLY, toLine } from "./line-render.js";

export interface LineOptions {
  channelSecret: string;
  accessToken: string;
  apiBaseUrl?: string | undefined;
  dataApiBaseUrl?: string | undefined;
}

/** Says whether a failed LINE call is worth retrying, and when. */
export function toChannelError(error: unknown): ChannelError {
  if (error instanceof HTTPFetchError) {
    const retryAfter = Number(error.headers.get("retry-after"));
    return new ChannelError(`LINE ${error.status}: ${error.body}`, {
      code: `DARI_LINE_${error.status}`,
      retryable: error.status === 429 || error.status >= 500,
      ...(retryAfter > 0 ? { retryAfterMs: retryAfter * 1000 } : {}),
      cause: error,
    });
  }
  return new ChannelError(`LINE unreachable: ${String(error)}`, {
    code: "DARI_LINE_NETWORK",
    retryable: true,
    cause: error,
  });
}

/** The LINE channel: signed webhooks in; the free reply token first, paid push only when needed. */
export function createLineChannel(options: LineOptions, ctx: ChannelContext): Channel {
  const client = new messagingApi.MessagingApiClient({
    channelAccessToken: options.accessToken,
    ...(options.apiBaseUrl ? { baseURL: options.apiBaseUrl } : {}),
  });

  const push = async (to: string, messages: messagingApi.Message[], retryKey?: string) => {
    for (let i = 0; i < messages.length; i += LINE_MESSAGES_PER_REPLY) {
      try {
        // The retry key makes LINE drop a repeated push (same key within 24 h), so a retried
        // outbox entry is never delivered twice; each batch of five needs its own key.
        const key = retryKey && i === 0 ? retryKey : undefined;
        await client.pushMessage({ to, messages: messages.slice(i, i + LINE_MESSAGES_PER_REPLY) }, key);
      } catch (error) {
        if (error instanceof HTTPFetchError && error.status === 409) return; // already accepted under this key
        throw toChannelError(error);
      }
    }
  };

  /** Replies with the event's reply token; what does not fit, or an expired token, goes by push. */
  const reply = async (to: string, replyToken: string | undefined, replies: StoredOutbound[]) => {
    const messages = replies.flatMap((r) => toLine(r));
    const first = messages.slice(0, LINE_MESSAGES_PER_REPLY);
    let rest = messages.slice(LINE_MESSAGES_PER_REPLY);
    if (replyToken && first.length) {
      try {
        await client.replyMessage({ replyToken, messages: first });
      } catch (error) {
        // An invalid or expired token (400) is answered by push instead of dropping the reply.
        if (!(error instanceof HTTPFetchError && error.status === 400)) throw toChannelError(error);
        ctx.log.warn({ status: error.status }, "line reply token refused; pushing instead");
        rest = messages;
      }
    } else {
      rest = messages;
    }
    if (rest.length) await push(to, rest);
  };

  const profileLanguage = async (userId: string): Promise<string | undefined> => {
    try {
      return (await client.getProfile(userId)).language;
    } catch (error) {
      ctx.log.warn({ err: error }, "line profile unavailable");
      return undefined;
    }
  };

  const handleEvent = async (event: webhook.Event) => {
    if (event.type === "unfollow") {
      ctx.log.info({ event: "unfollow" }, "line user unfollowed");
      return;
    }
    const userId = event.source?.type === "user" ? event.source.userId : undefined;
    const language = event.type === "follow" && userId ? await profileLanguage(userId) : undefined;
    const inbound = fromLine(event, language);
    if (!inbound || !userId) {
      ctx.log.info({ type: event.type }, "line event ignored");
      return;
    }
    if (event.type === "message" || event.type === "postback") {
      await client
        .showLoadingAnimation({ chatId: userId, loadingSeconds: 5 })
        .catch((error: unknown) => ctx.log.warn({ err: error }, "line loading animation failed"));
    }
    const result = await ctx.handle(inbound);
    const replyToken = "replyToken" in event ? event.replyToken : undefined;
    await ctx.deliverAll(result.replies, (replies) => reply(userId, replyToken, replies));
  };

  const webhookHandler = async (request: WebhookRequest): Promise<WebhookResponse> => {
    const signature = header(request, "x-line-signature");
    if (!signature || !validateSignature(request.rawBody, options.channelSecret, signature)) {
      return {
        status: 401,
        body: { error: "DARI_LINE_BAD_SIGNATURE", message: "signature validation failed" },
      };
    }
    let body: webhook.CallbackRequest;
    try {
      body = JSON.parse(request.rawBody.toString("utf8")) as webhook.CallbackRequest;
    } catch {
      return { status: 400, body: { error: "DARI_LINE_BAD_JSON", message: "The body is not JSON." } };
    }
    if (!Array.isArray(body?.events)) {
      return {
        status: 400,
        body: { error: "DARI_LINE_BAD_BODY", message: "A webhook body needs an events array." },
      };
    }
    try {
      // LINE's "Verify" button sends no events; it only needs a 200.
      for (const event of body.events) await handleEvent(event);
      return { status: 200, body: {} };
    } catch (error) {
      // LINE redelivers (with isRedelivery) on failure when redelivery is on; the event was released.
      ctx.log.error({ err: error }, "line webhook failed");
      return { status: 500, body: { error: "DARI_LINE_HANDLER_FAILED" } };
    }
  };

  return {
    name: "line",
    webhooks: [{ path: "/webhooks/line", handle: webhookHandler }],
    push: (recipient, message: OutboundMessage, pushOptions) =>
      push(recipient, toLine(message), pushOptions?.idempotencyKey),
    async start() {},
    async stop() {},
  };
}
