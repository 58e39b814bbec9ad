import { randomUUID } from "node:crypto";
import { type WebSocket, WebSocketServer } from "ws";
import { json, type Recorded, startHttpFake } from "./http-fake.js";

// Discord REST v10 + gateway (https://discord.com/developers/docs): GET /gateway/bot hands out
// the WebSocket URL; the gateway plays HELLO → IDENTIFY → READY, acknowledges heartbeats, resumes,
// and dispatches MESSAGE_CREATE / INTERACTION_CREATE that tests inject.

export const DISCORD_TOKEN = "discord-bot-token";
export const APPLICATION_ID = "900000000000000001";
const BOT_USER = {
  id: "900000000000000002",
  username: "dari",
  discriminator: "0",
  global_name: "Dari",
  avatar: null,
  bot: true,
};

type Sent = {
  channelId: string;
  content: string;
  components?: { components: { custom_id: string; label: string }[] }[];
  via: string;
  flags?: number;
};

export interface DiscordFake {
  api: string;
  calls: Recorded[];
  identify?: { intents: number };
  /** Heartbeats (op 1) received from the client, each acknowledged with op 11. */
  heartbeats: number;
  /** Every message a user saw: DMs, interaction replies and follow-ups. */
  sent(userId: string): Sent[];
  dm(userId: string, content: string, extra?: object): string;
  slash(
    userId: string,
    name: string,
    options?: { name: string; type: number; value: string }[],
    guild?: boolean,
  ): string;
  button(userId: string, customId: string, guild?: boolean): string;
  close(): Promise<void>;
}

export async function startDiscordFake(heartbeatMs = 45_000): Promise<DiscordFake> {
  let seq = 0;
  let snowflake = 1_000_000_000_000_000n;
  const next = () => String(++snowflake);
  const sockets = new Set<WebSocket>();
  const dmChannels = new Map<string, string>(); // channel id → user id
  const interactions = new Map<string, { userId: string; token: string; guild: boolean }>(); // token → owner
  const sent: (Sent & { userId: string })[] = [];
  let identify: { intents: number } | undefined;
  let heartbeats = 0;
  const dmFor = (userId: string) => {
    for (const [channel, user] of dmChannels) if (user === userId) return channel;
    const channel = next();
    dmChannels.set(channel, userId);
    return channel;
  };
  const user = (id: string) => ({
    id,
    username: `user${id.slice(-4)}`,
    discriminator: "0",
    global_name: `User ${id.slice(-4)}`,
    avatar: null,
  });

  const fake = await startHttpFake((req, res) => {
    const path = req.path.replace(/\?.*$/, "");
    const body = (req.body ?? {}) as {
      content?: string;
      components?: Sent["components"];
      type?: number;
      data?: Sent;
      flags?: number;
      recipient_id?: string;
    };
    const interaction = /^\/api\/v10\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(path);
    if (interaction) {
      // Interaction callbacks carry no Authorization header: the token in the path is the proof.
      const owner = interactions.get(interaction[2]!);
      if (!owner) return json(res, 404, { message: "Unknown interaction", code: 10062 });
      if (body.type === 4 || body.type === 7)
        sent.push({
          userId: owner.userId,
          channelId: "interaction",
          content: body.data?.content ?? "",
          components: body.data?.components,
          via: "callback",
          flags: body.data?.flags,
        });
      res.writeHead(204).end();
      return;
    }
    const webhook = /^\/api\/v10\/webhooks\/(\d+)\/([^/]+)(?:\/messages\/(?:@|%40)original)?$/.exec(path);
    if (webhook) {
      const owner = interactions.get(webhook[2]!);
      if (!owner) return json(res, 404, { message: "Unknown Webhook", code: 10015 });
      if (req.method === "DELETE") {
        res.writeHead(204).end();
        return;
      }
      const via = req.method === "PATCH" ? "editReply" : "followUp";
      if (via === "followUp" && owner.guild && !((body.flags ?? 0) & 64))
        return json(res, 400, { message: "expected an ephemeral follow-up in a guild" });
      sent.push({
        userId: owner.userId,
        channelId: "interaction",
        content: body.content ?? "",
        components: body.components,
        via,
        flags: body.flags,
      });
      return json(res, 200, {
        id: next(),
        channel_id: "0",
        content: body.content,
        author: BOT_USER,
        attachments: [],
        embeds: [],
        timestamp: new Date().toISOString(),
      });
    }
    if (req.headers.authorization !== `Bot ${DISCORD_TOKEN}`)
      return json(res, 401, { message: "401: Unauthorized", code: 0 });
    if (req.method === "GET" && path === "/api/v10/gateway/bot") {
      return json(res, 200, {
        url: `ws://127.0.0.1:${fake.port}`,
        shards: 1,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 },
      });
    }
    if (req.method === "PUT" && path === `/api/v10/applications/${APPLICATION_ID}/commands`)
      return json(res, 200, req.body);
    if (req.method === "GET" && /^\/api\/v10\/users\/\d+$/.test(path))
      return json(res, 200, user(path.split("/").pop()!));
    if (req.method === "POST" && path === "/api/v10/users/@me/channels") {
      const id = dmFor(body.recipient_id!);
      return json(res, 200, { id, type: 1, recipients: [user(body.recipient_id!)], last_message_id: null });
    }
    const channelMessage = /^\/api\/v10\/channels\/(\d+)\/messages$/.exec(path);
    if (req.method === "POST" && channelMessage) {
      const userId = dmChannels.get(channelMessage[1]!);
      if (!userId) return json(res, 404, { message: "Unknown Channel", code: 10003 });
      if ((body.content ?? "").length > 2000)
        return json(res, 400, { message: "Invalid Form Body", code: 50035 });
      sent.push({
        userId,
        channelId: channelMessage[1]!,
        content: body.content ?? "",
        components: body.components,
        via: "dm",
      });
      return json(res, 200, {
        id: next(),
        channel_id: channelMessage[1],
        type: 0,
        content: body.content,
        author: BOT_USER,
        attachments: [],
        embeds: [],
        mentions: [],
        mention_roles: [],
        pinned: false,
        mention_everyone: false,
        tts: false,
        timestamp: new Date().toISOString(),
        edited_timestamp: null,
        flags: 0,
        components: [],
      });
    }
    return json(res, 404, { message: "404: Not Found", code: 0 });
  });

  const wss = new WebSocketServer({ server: fake.server });
  const dispatch = (t: string, d: object) => {
    for (const ws of sockets) ws.send(JSON.stringify({ op: 0, t, s: ++seq, d }));
  };
  wss.on("connection", (ws) => {
    sockets.add(ws);
    ws.on("close", () => sockets.delete(ws));
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: heartbeatMs } }));
    ws.on("message", (raw) => {
      const frame = JSON.parse(String(raw)) as {
        op: number;
        d: { intents?: number } & Record<string, unknown>;
      };
      if (frame.op === 1) {
        heartbeats++;
        ws.send(JSON.stringify({ op: 11 }));
      }
      if (frame.op === 2) {
        identify = { intents: frame.d.intents ?? 0 };
        ws.send(
          JSON.stringify({
            op: 0,
            t: "READY",
            s: ++seq,
            d: {
              v: 10,
              user: BOT_USER,
              guilds: [],
              session_id: randomUUID(),
              resume_gateway_url: `ws://127.0.0.1:${fake.port}`,
              shard: [0, 1],
              application: { id: APPLICATION_ID, flags: 0 },
            },
          }),
        );
      }
      if (frame.op === 6) ws.send(JSON.stringify({ op: 0, t: "RESUMED", s: ++seq, d: {} }));
    });
  });

  const interactionBase = (userId: string, guild: boolean) => {
    const id = next();
    const token = `tok_${id}`;
    interactions.set(token, { userId, token, guild });
    const channelId = guild ? "700000000000000001" : dmFor(userId);
    return {
      id,
      application_id: APPLICATION_ID,
      token,
      version: 1,
      channel_id: channelId,
      channel: guild
        ? { id: channelId, type: 0, guild_id: "800000000000000001", name: "help" }
        : { id: channelId, type: 1, recipients: [user(userId)] },
      locale: "id",
      app_permissions: "0",
      entitlements: [],
      authorizing_integration_owners: { "1": userId },
      context: guild ? 0 : 1,
      ...(guild
        ? {
            guild_id: "800000000000000001",
            guild_locale: "ko",
            member: {
              user: user(userId),
              roles: [],
              joined_at: new Date().toISOString(),
              deaf: false,
              mute: false,
              flags: 0,
              permissions: "0",
            },
          }
        : { user: user(userId) }),
    };
  };

  return {
    api: `http://127.0.0.1:${fake.port}/api`,
    calls: fake.calls,
    get identify() {
      return identify;
    },
    get heartbeats() {
      return heartbeats;
    },
    sent: (userId) => sent.filter((s) => s.userId === userId),
    dm(userId, content, extra = {}) {
      const id = next();
      dispatch("MESSAGE_CREATE", {
        id,
        channel_id: dmFor(userId),
        channel_type: 1,
        author: user(userId),
        content,
        timestamp: new Date().toISOString(),
        edited_timestamp: null,
        tts: false,
        mention_everyone: false,
        mentions: [],
        mention_roles: [],
        attachments: [],
        embeds: [],
        components: [],
        pinned: false,
        type: 0,
        flags: 0,
        ...extra,
      });
      return id;
    },
    slash(userId, name, options = [], guild = false) {
      const base = interactionBase(userId, guild);
      dispatch("INTERACTION_CREATE", { ...base, type: 2, data: { id: next(), name, type: 1, options } });
      return base.id;
    },
    button(userId, customId, guild = false) {
      const base = interactionBase(userId, guild);
      dispatch("INTERACTION_CREATE", {
        ...base,
        type: 3,
        data: { custom_id: customId, component_type: 2 },
        message: {
          id: next(),
          channel_id: base.channel_id,
          content: "…",
          author: BOT_USER,
          timestamp: new Date().toISOString(),
          attachments: [],
          embeds: [],
          components: [],
          type: 0,
          flags: 0,
          mentions: [],
          mention_roles: [],
          pinned: false,
          mention_everyone: false,
          tts: false,
          edited_timestamp: null,
        },
      });
      return base.id;
    },
    async close() {
      for (const ws of sockets) ws.terminate();
      wss.close();
      await fake.close();
    },
  };
}
