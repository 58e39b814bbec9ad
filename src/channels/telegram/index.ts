export {
  createTelegramChannel,
  setTelegramWebhook,
  type TelegramOptions,
  toChannelError,
} from "./telegram-channel.js";
export { fromTelegram } from "./telegram-inbound.js";
export { TELEGRAM_TEXT_LIMIT, toTelegram } from "./telegram-render.js";
