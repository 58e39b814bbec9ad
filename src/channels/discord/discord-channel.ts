// Discord through discord.js v14: https://discord.js.org, API https://discord.com/developers/docs
import {
  ChannelType,
  Client,
  DiscordAPIError,
  Events,
  GatewayIntentBits,
  type Interaction,
  type Message,
  MessageFlags,
  Partials,
  RateLimitError,
  REST,
  Routes,
} from "discord.js";
import { ChannelError, type OutboundMessage } from "../../core/index.js";
import type { Channel, ChannelContext } from "../channel.js";
import { DISCORD_COMMANDS } from "./discord-commands.js";
import { fromDirectMessage, fromInteraction } from "./discord-inbound.js";
import { type DiscordSend, toDiscord } from "./discord-render.js";

export interface DiscordOptions {
  token: string;
  applicationId?: string | undefined;
  /** REST root, e.g. https://discord.com/api; the gateway URL comes from GET /gateway/bot. */
  apiBaseUrl?: string | undefined;
}

/** Says whether a failed Discord call is worth retrying, and when. */
export function toChannelError(error: unknown): ChannelError {
  if (error instanceof RateLimitError) {
    return new ChannelError(`Discord rate limit on ${error.route}`, {
      code: "DARI_DISCORD_429",
      retryable: true,
      retryAfterMs: error.retryAfter,
      cause: error,
    });
  }
  if (error instanceof DiscordAPIError) {
    return new ChannelError(`Discord ${error.status}: ${error.message}`, {
      code: `DARI_DISCORD_${error.status}`,
      retryable: error.status >= 500,
      cause: error,
    });
  }
  return new ChannelError(`Discord unreachable: ${String(error)}`, {
    code: "DARI_DISCORD_NETWORK",
    retryable: true,
    cause: error,
  });
}

/** The Discord channel: direct messages and slash commands over the gateway, buttons for choices. */
export function createDiscordChannel(options: DiscordOptions, ctx: ChannelContext): Channel {
  const rest = options.apiBaseUrl ? { api: options.apiBaseUrl } : {};
  const client = new Client({
    // DirectMessages delivers DMs; MessageContent (privileged) lets Dari read them; the Channel
    // partial is required or discord.js silently drops DMs (CHANNEL-EMULATORS.md §3).
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.DirectMessages, GatewayIntentBits.MessageContent],
    partials: [Partials.Channel],
    rest,
    // Text Dari relays (answers, counselor replies) must never ping @everyone, roles or users.
    allowedMentions: { parse: [] },
  });

  const sendPieces = async (send: (piece: DiscordSend) => Promise<unknown>, message: OutboundMessage) => {
    try {
      for (const piece of toDiscord(message)) await send(piece);
    } catch (error) {
      throw toChannelError(error);
    }
  };

  const onMessage = async (message: Message) => {
    if (message.author.bot || message.channel.type !== ChannelType.DM) return;
    const inbound = fromDirectMessage(message);
    if (!inbound) return;
    const result = await ctx.handle(inbound);
    const channel = message.channel;
    await ctx.deliver(result.replies, (reply) => sendPieces((piece) => channel.send(piece), reply));
  };

  const onInteraction = async (interaction: Interaction) => {
    if (!interaction.isChatInputCommand() && !interaction.isButton()) return;
    const inbound = fromInteraction(interaction);
    if (!inbound) return;
    // In a server, replies are visible only to the resident who asked.
    const flags = interaction.inGuild() ? MessageFlags.Ephemeral : undefined;
    // Discord wants an acknowledgement within 3 seconds; the answer follows.
    await interaction.deferReply(flags ? { flags } : {});
    const result = await ctx.handle(inbound);
    let first = true;
    await ctx.deliver(result.replies, (reply) =>
      sendPieces(async (piece) => {
        if (first) {
          first = false;
          return interaction.editReply(piece);
        }
        return interaction.followUp(flags ? { ...piece, flags } : piece);
      }, reply),
    );
    if (first)
      await interaction
        .deleteReply()
        .catch((error: unknown) => ctx.log.warn({ err: error }, "discord deleteReply failed"));
  };

  const guard =
    <T>(what: string, handler: (value: T) => Promise<void>) =>
    (value: T) =>
      void handler(value).catch((error: unknown) => ctx.log.error({ err: error }, `discord ${what} failed`));
  client.on(Events.MessageCreate, guard("message", onMessage));
  client.on(Events.InteractionCreate, guard("interaction", onInteraction));
  client.on(Events.Error, (error) => ctx.log.error({ err: error }, "discord client error"));

  return {
    name: "discord",
    webhooks: [],
    push: async (recipient, message) => {
      try {
        const user = await client.users.fetch(recipient);
        await sendPieces((piece) => user.send(piece), message);
      } catch (error) {
        throw error instanceof ChannelError ? error : toChannelError(error);
      }
    },
    async alert(channelId, text) {
      try {
        const channel = await client.channels.fetch(channelId);
        if (!channel?.isSendable()) throw new Error(`channel ${channelId} cannot receive messages`);
        await channel.send({ content: text });
      } catch (error) {
        throw toChannelError(error);
      }
    },
    async start() {
      if (options.applicationId) {
        const api = new REST(rest).setToken(options.token);
        await api.put(Routes.applicationCommands(options.applicationId), { body: DISCORD_COMMANDS });
      }
      const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
      await client.login(options.token);
      await ready;
      ctx.log.info({ user: client.user?.tag }, "discord gateway ready");
    },
    async stop() {
      await client.destroy();
    },
  };
}
