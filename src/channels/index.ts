export {
  type Channel,
  type ChannelContext,
  header,
  type Webhook,
  type WebhookRequest,
  type WebhookResponse,
} from "./channel.js";
export { createDiscordChannel, type DiscordOptions } from "./discord/index.js";
export { createLineChannel, type LineOptions } from "./line/index.js";
export { splitText } from "./split-text.js";
export { createTelegramChannel, setTelegramWebhook, type TelegramOptions } from "./telegram/index.js";
