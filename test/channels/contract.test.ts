import { PassThrough } from "node:stream";
import { CliChannel } from "../../src/channels/cli/index.js";
import type { OutboundMessage, StoredOutbound } from "../../src/core/index.js";
import { channelContract, type Seen } from "../contracts/channel.contract.js";
import { DISCORD_TOKEN, startDiscordFake } from "../fakes/discord.js";
import { LINE_SECRET, LINE_TOKEN, lineWebhook, startLineFake } from "../fakes/line.js";
import { BOT_TOKEN, startTelegramFake, updates } from "../fakes/telegram.js";
import { appHarness } from "../support/app-harness.js";
import { tempDir } from "../support/temp-dir.js";
import { waitFor } from "../support/wait-for.js";

const dir = tempDir();
/** What every app-backed harness shares: push through the one channel, strings, shutdown. */
function appSide(app: Awaited<ReturnType<typeof appHarness>>, fake: { close(): Promise<void> }) {
  return {
    push: (user: string, message: OutboundMessage) => app.dari.channels[0]!.push(user, message),
    translate: (locale: "en" | "ko", key: string) => app.dari.translator.t(locale, key),
    close: async () => {
      await app.close();
      await fake.close();
    },
  };
}

const seen = (text: string, choices: string[] = []): Seen => ({ text, choices });

channelContract(
  "telegram",
  async () => {
    const fake = await startTelegramFake();
    const app = await appHarness(`file:${dir.path}/c-telegram.db`, undefined, {
      TELEGRAM_BOT_TOKEN: BOT_TOKEN,
      TELEGRAM_WEBHOOK_SECRET: "s",
      TELEGRAM_API_ROOT: fake.apiRoot,
      TELEGRAM_THROTTLE: "false",
    });
    const deliver = (update: object) =>
      app.server.inject({
        method: "POST",
        url: "/webhooks/telegram",
        headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": "s" },
        payload: JSON.stringify(update),
      });
    return {
      limit: 4096,
      say: async (user, text) => void (await deliver(updates.text(Number(user), text, "en"))),
      sayTwice: async (user, text) => {
        const update = updates.text(Number(user), text, "en");
        await deliver(update);
        await deliver(update);
      },
      press: async (user, value) => void (await deliver(updates.callback(Number(user), value))),
      received: (user) =>
        fake.sent(Number(user)).map((m) =>
          seen(
            m.text,
            (m.reply_markup?.inline_keyboard ?? []).flat().map((b) => b.callback_data),
          ),
        ),
      ...appSide(app, fake),
    };
  },
  { a: "9001", b: "9002", c: "9003", d: "9004" },
);

channelContract(
  "line",
  async () => {
    const fake = await startLineFake();
    const events = lineWebhook(fake);
    const app = await appHarness(`file:${dir.path}/c-line.db`, undefined, {
      LINE_CHANNEL_SECRET: LINE_SECRET,
      LINE_CHANNEL_ACCESS_TOKEN: LINE_TOKEN,
      LINE_API_BASE_URL: fake.baseURL,
    });
    const post = (event: object) => {
      const body = events.body(event);
      return app.server.inject({
        method: "POST",
        url: "/webhooks/line",
        headers: { "content-type": "application/json", "x-line-signature": events.sign(body) },
        payload: body,
      });
    };
    return {
      limit: 5000,
      say: async (user, text) => void (await post(events.text(user, text))),
      sayTwice: async (user, text) => {
        const event = events.text(user, text);
        await post(event);
        await post({
          ...event,
          replyToken: fake.issueReplyToken(user),
          deliveryContext: { isRedelivery: true },
        });
      },
      press: async (user, value) => void (await post(events.postback(user, value))),
      received: (user) =>
        fake.received(user).map((m) =>
          seen(
            m.text ?? m.altText ?? "",
            (m.quickReply?.items ?? []).map((i) => i.action.data),
          ),
        ),
      ...appSide(app, fake),
    };
  },
  {
    a: "Uc0000000000000000000000000000a",
    b: "Uc0000000000000000000000000000b",
    c: "Uc0000000000000000000000000000c",
    d: "Uc0000000000000000000000000000d",
  },
);

channelContract(
  "discord",
  async () => {
    const fake = await startDiscordFake();
    const app = await appHarness(`file:${dir.path}/c-discord.db`, undefined, {
      DISCORD_BOT_TOKEN: DISCORD_TOKEN,
      DISCORD_API_BASE_URL: fake.api,
    });
    const arrived = async (user: string, before: number) => {
      await waitFor(() => fake.sent(user).length > before, "discord reply");
      // Replies come as several REST calls; let the rest of the turn land.
      let count = -1;
      while (count !== fake.sent(user).length) {
        count = fake.sent(user).length;
        await new Promise((r) => setTimeout(r, 150));
      }
    };
    return {
      limit: 2000,
      say: async (user, text) => {
        const before = fake.sent(user).length;
        fake.dm(user, text);
        await arrived(user, before);
      },
      sayTwice: async (user, text) => {
        const before = fake.sent(user).length;
        const id = fake.dm(user, text);
        await arrived(user, before);
        fake.dm(user, text, { id });
        await new Promise((r) => setTimeout(r, 300));
      },
      press: async (user, value) => {
        const before = fake.sent(user).length;
        fake.button(user, value);
        await arrived(user, before);
      },
      received: (user) =>
        fake.sent(user).map((m) =>
          seen(
            m.content,
            (m.components ?? []).flatMap((r) => r.components.map((b) => b.custom_id)),
          ),
        ),
      ...appSide(app, fake),
    };
  },
  { a: "666000000000000001", b: "666000000000000002", c: "666000000000000003", d: "666000000000000004" },
);

channelContract(
  "terminal",
  async () => {
    const app = await appHarness(`file:${dir.path}/c-cli.db`);
    const log = new Map<string, Seen[]>();
    const channels = new Map<string, CliChannel>();
    const channelFor = (user: string) => {
      let channel = channels.get(user);
      if (!channel) {
        // Record what reaches the terminal per resident, as structured messages.
        const engine = {
          handle: app.dari.engine.handle.bind(app.dari.engine),
          deliver: (replies: StoredOutbound[], send: (m: OutboundMessage) => Promise<void>) =>
            app.dari.engine.deliver(replies, async (m) => {
              log.set(user, [
                ...(log.get(user) ?? []),
                seen(m.text, m.kind === "text" ? [] : (m.choices ?? []).map((c) => c.value)),
              ]);
              await send(m);
            }),
        };
        channel = new CliChannel(engine, user, new PassThrough());
        channels.set(user, channel);
      }
      return channel;
    };
    return {
      limit: Number.POSITIVE_INFINITY,
      say: (user, text) => channelFor(user).handleLine(text),
      sayTwice: async (user, text) => {
        // A terminal has no redelivery: the same event id twice is the engine's concern.
        await app.dari.engine
          .handle({ channel: "cli", channelUserId: user, kind: "text", text, externalId: "same" })
          .then((r) =>
            app.dari.engine.deliver(
              r.replies,
              async (m) => void log.set(user, [...(log.get(user) ?? []), seen(m.text)]),
            ),
          );
        await app.dari.engine
          .handle({ channel: "cli", channelUserId: user, kind: "text", text, externalId: "same" })
          .then((r) =>
            app.dari.engine.deliver(
              r.replies,
              async (m) => void log.set(user, [...(log.get(user) ?? []), seen(m.text)]),
            ),
          );
      },
      press: async (user, value) => {
        const channel = channelFor(user);
        // Show the options first (the language list, or the menu), then type the number shown.
        await channel.handleLine(value.startsWith("lang:") ? "/lang" : "/help");
        const number = channel.options().findIndex((o) => o.value === value) + 1;
        if (number === 0) throw new Error(`the terminal did not offer ${value}`);
        await channel.handleLine(String(number));
      },
      received: (user) => log.get(user) ?? [],
      translate: (locale, key) => app.dari.translator.t(locale, key),
      close: () => app.close(),
    };
  },
  { a: "cli-a", b: "cli-b", c: "cli-c", d: "cli-d" },
);
