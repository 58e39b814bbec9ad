// Telegram through grammY: https://grammy.dev, Bot API https://core.telegram.org/bots/api
import { timingSafeEqual } from "node:crypto";
import { autoRetry } from "@grammyjs/auto-retry";
import { apiThrottler } from "@grammyjs/transformer-throttler";
import { Bot, GrammyError, HttpError } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import { ChannelError, type OutboundMessage } from "../../core/index.js";
import {
  type Channel,
  type ChannelContext,
  header,
  type WebhookRequest,
  type WebhookResponse,
} from "../channel.js";
import { fromTelegram } from "./telegram-inbound.js";
import { toTelegram } from "./telegram-render.js";

export interface TelegramOptions {
  token: string;
  mode: "webhook" | "polling";
  webhookSecret?: string | undefined;
  apiRoot?: string | undefined;
  /** Known bot identity; skips getMe at start (tests, or a cached identity). */
  botInfo?: UserFromGetMe;
  /** Pace outgoing calls to Telegram's limits (off in tests: the limits are real-time). */
  throttle?: boolean;
}

function sameSecret(given: string | undefined, expected: string): boolean {
  const a = Buffer.from(given ?? "");
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Says whether a failed Bot API call is worth retrying, and when. */
export function toChannelError(error: unknown): ChannelError {
  if (error instanceof GrammyError) {
    const retryAfter = error.parameters.retry_after;
    return new ChannelError(`Telegram ${error.method}: ${error.error_code} ${error.description}`, {
      code: `DARI_TELEGRAM_${error.error_code}`,
      retryable: error.error_code === 429 || error.error_code >= 500,
      ...(retryAfter ? { retryAfterMs: retryAfter * 1000 } : {}),
      cause: error,
    });
  }
  if (error instanceof HttpError) {
    return new ChannelError(`Telegram unreachable: ${error.message}`, {
      code: "DARI_TELEGRAM_NETWORK",
      retryable: true,
      cause: error,
    });
  }
  return new ChannelError(String(error), { code: "DARI_TELEGRAM_UNKNOWN", retryable: false, cause: error });
}

/** The Telegram channel: webhook or long polling in, sendMessage out. */
export function createTelegramChannel(options: TelegramOptions, ctx: ChannelContext): Channel {
  const bot = new Bot(options.token, {
    client: options.apiRoot ? { apiRoot: options.apiRoot } : {},
    ...(options.botInfo ? { botInfo: options.botInfo } : {}),
  });
  bot.api.config.use(autoRetry({ maxRetryAttempts: 2, maxDelaySeconds: 10 }));
  if (options.throttle !== false) bot.api.config.use(apiThrottler());

  const send = async (chatId: string, message: OutboundMessage) => {
    try {
      for (const piece of toTelegram(message)) {
        await bot.api.sendMessage(
          chatId,
          piece.text,
          piece.reply_markup ? { reply_markup: piece.reply_markup } : {},
        );
      }
    } catch (error) {
      throw toChannelError(error);
    }
  };

  bot.use(async (context) => {
    if (context.callbackQuery) {
      // Stop the button's spinner first; the answer follows as messages.
      await context
        .answerCallbackQuery()
        .catch((error: unknown) => ctx.log.warn({ err: error }, "answerCallbackQuery failed"));
    }
    const inbound = fromTelegram(context);
    if (!inbound) {
      ctx.log.info(
        { updateId: context.update.update_id, kinds: Object.keys(context.update) },
        "telegram update ignored",
      );
      return;
    }
    const chatId = inbound.channelUserId;
    const result = await ctx.handle(inbound);
    await ctx.deliver(result.replies, (message) => send(chatId, message));
  });
  bot.catch((error) =>
    ctx.log.error({ err: error.error, updateId: error.ctx.update.update_id }, "telegram update failed"),
  );

  const webhook = async (request: WebhookRequest): Promise<WebhookResponse> => {
    if (
      !options.webhookSecret ||
      !sameSecret(header(request, "x-telegram-bot-api-secret-token"), options.webhookSecret)
    ) {
      return { status: 401, body: "secret token is wrong" };
    }
    let update: unknown;
    try {
      update = JSON.parse(request.rawBody.toString("utf8"));
    } catch {
      return { status: 400, body: { error: "DARI_TELEGRAM_BAD_JSON", message: "The body is not JSON." } };
    }
    if (
      typeof update !== "object" ||
      update === null ||
      typeof (update as { update_id?: unknown }).update_id !== "number"
    ) {
      return {
        status: 400,
        body: { error: "DARI_TELEGRAM_BAD_UPDATE", message: "An update needs a numeric update_id." },
      };
    }
    try {
      await bot.handleUpdate(update as Parameters<typeof bot.handleUpdate>[0]);
      return { status: 200, body: { ok: true } };
    } catch (error) {
      // Telegram redelivers on a non-2xx answer; the engine released the event, so nothing is lost.
      ctx.log.error({ err: error }, "telegram webhook failed");
      return { status: 500, body: { error: "DARI_TELEGRAM_HANDLER_FAILED" } };
    }
  };

  let polling: Promise<void> | undefined;
  return {
    name: "telegram",
    webhooks: options.mode === "webhook" ? [{ path: "/webhooks/telegram", handle: webhook }] : [],
    push: (recipient, message) => send(recipient, message),
    alert: (chatId, text) => send(chatId, { kind: "text", text }),
    async start() {
      if (!options.botInfo) await bot.init();
      if (options.mode === "polling") {
        polling = bot.start({
          drop_pending_updates: false,
          onStart: () => ctx.log.info({}, "telegram polling started"),
        });
      }
    },
    async stop() {
      if (bot.isRunning()) await bot.stop();
      await polling;
    },
  };
}

/** Registers the webhook URL and secret with Telegram (`npm run telegram:set-webhook`). */
export async function setTelegramWebhook(options: {
  token: string;
  apiRoot?: string | undefined;
  url: string;
  secret: string;
}) {
  const bot = new Bot(options.token, options.apiRoot ? { client: { apiRoot: options.apiRoot } } : {});
  await bot.api.setWebhook(options.url, {
    secret_token: options.secret,
    allowed_updates: ["message", "callback_query"],
  });
}
