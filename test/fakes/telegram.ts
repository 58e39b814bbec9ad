import { json, type Recorded, startHttpFake } from "./http-fake.js";

// A subset of the Telegram Bot API (https://core.telegram.org/bots/api), faithful to what grammY
// sends and expects: POST /bot<token>/<method> with JSON, answers {ok, result} or {ok:false, …}.

export const BOT_TOKEN = "123456:TEST-token";
export const BOT_USER = {
  id: 123456,
  is_bot: true,
  first_name: "Dari",
  username: "dari_test_bot",
  can_join_groups: false,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
};

export interface TelegramFake {
  apiRoot: string;
  calls: Recorded[];
  /** sendMessage calls, in order: what residents saw. */
  sent(chatId?: number): {
    chat_id: number;
    text: string;
    reply_markup?: { inline_keyboard: { text: string; callback_data: string }[][] };
  }[];
  push(update: object): void;
  /** Answer the next call to `method` with an error (e.g. 429 with retry_after). */
  failNext(method: string, error: { error_code: number; description: string; parameters?: object }): void;
  close(): Promise<void>;
}

export async function startTelegramFake(): Promise<TelegramFake> {
  let messageId = 1000;
  const queue: object[] = [];
  let nextUpdate = 1;
  const waiting: (() => void)[] = [];
  const failures = new Map<string, { error_code: number; description: string; parameters?: object }>();

  const fake = await startHttpFake(async (req, res) => {
    const match = /^\/bot([^/]+)\/(\w+)$/.exec(req.path);
    if (!match) return json(res, 404, { ok: false, error_code: 404, description: "Not Found" });
    const [, token, method] = match;
    if (token !== BOT_TOKEN)
      return json(res, 401, { ok: false, error_code: 401, description: "Unauthorized" });
    const failure = failures.get(method!);
    if (failure) {
      failures.delete(method!);
      return json(res, failure.error_code, { ok: false, ...failure });
    }
    const body = (req.body ?? {}) as Record<string, unknown>;
    switch (method) {
      case "getMe":
        return json(res, 200, { ok: true, result: BOT_USER });
      case "deleteWebhook":
      case "setWebhook":
      case "answerCallbackQuery":
      case "sendChatAction":
        return json(res, 200, { ok: true, result: true });
      case "sendMessage":
      case "editMessageText": {
        if (typeof body.text !== "string" || body.text.length === 0) {
          return json(res, 400, {
            ok: false,
            error_code: 400,
            description: "Bad Request: message text is empty",
          });
        }
        if (body.text.length > 4096)
          return json(res, 400, {
            ok: false,
            error_code: 400,
            description: "Bad Request: message is too long",
          });
        return json(res, 200, {
          ok: true,
          result: {
            message_id: ++messageId,
            date: Math.floor(Date.now() / 1000),
            chat: { id: body.chat_id, type: "private" },
            text: body.text,
          },
        });
      }
      case "getUpdates": {
        const offset = Number(body.offset ?? 0);
        // Confirmed updates (update_id < offset) never come back.
        while (queue.length && (queue[0] as { update_id: number }).update_id < offset) queue.shift();
        if (queue.length === 0) {
          await new Promise<void>((resolve) => {
            const timer = setTimeout(resolve, Math.min(Number(body.timeout ?? 0), 1) * 1000);
            waiting.push(() => {
              clearTimeout(timer);
              resolve();
            });
          });
        }
        const limit = Number(body.limit ?? 100);
        return json(res, 200, {
          ok: true,
          result: queue.filter((u) => (u as { update_id: number }).update_id >= offset).slice(0, limit),
        });
      }
      default:
        return json(res, 404, { ok: false, error_code: 404, description: `Not Found: method ${method}` });
    }
  });

  return {
    apiRoot: `http://127.0.0.1:${fake.port}`,
    calls: fake.calls,
    sent(chatId) {
      return fake.calls
        .filter(
          (c) =>
            c.path.endsWith("/sendMessage") &&
            (chatId === undefined ||
              String((c.body as { chat_id: number | string }).chat_id) === String(chatId)),
        )
        .map((c) => c.body as ReturnType<TelegramFake["sent"]>[number]);
    },
    push(update) {
      queue.push({ update_id: nextUpdate++, ...update });
      for (const wake of waiting.splice(0)) wake();
    },
    failNext(method, error) {
      failures.set(method, error);
    },
    close: fake.close,
  };
}

let updateId = 5000;
const from = (id: number, languageCode = "vi") => ({
  id,
  is_bot: false,
  first_name: "Lan",
  language_code: languageCode,
});
const chat = (id: number) => ({ id, type: "private", first_name: "Lan" });

/** An update carrying a private-chat message with the given content fields. */
function message(userId: number, content: object, languageCode?: string) {
  return {
    update_id: ++updateId,
    message: {
      message_id: updateId,
      date: Math.floor(Date.now() / 1000),
      chat: chat(userId),
      from: from(userId, languageCode),
      ...content,
    },
  };
}

/** Telegram update payloads as the platform sends them. */
export const updates = {
  text(userId: number, text: string, languageCode?: string) {
    const entities = text.startsWith("/")
      ? [{ type: "bot_command", offset: 0, length: text.split(" ")[0]!.length }]
      : undefined;
    return message(userId, { text, ...(entities ? { entities } : {}) }, languageCode);
  },
  callback(userId: number, data: string) {
    return {
      update_id: ++updateId,
      callback_query: {
        id: `cb${updateId}`,
        from: from(userId),
        chat_instance: "ci",
        data,
        message: { message_id: 1, date: Math.floor(Date.now() / 1000), chat: chat(userId), text: "…" },
      },
    };
  },
  photo(userId: number, caption?: string) {
    return message(userId, {
      photo: [
        { file_id: "small", file_unique_id: "s", width: 90, height: 90 },
        { file_id: "PHOTO-FILE-ID", file_unique_id: "b", width: 800, height: 800 },
      ],
      ...(caption ? { caption } : {}),
    });
  },
};
