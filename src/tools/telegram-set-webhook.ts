// `npm run telegram:set-webhook`: registers PUBLIC_URL/webhooks/telegram and its secret with Telegram.
import { setTelegramWebhook } from "../channels/index.js";
import { loadConfig } from "../config.js";
import { describeStartupError } from "../startup-error.js";

try {
  const config = loadConfig();
  if (!config.telegram) throw new Error("TELEGRAM_BOT_TOKEN is not set");
  if (!config.telegram.webhookSecret) throw new Error("TELEGRAM_WEBHOOK_SECRET is not set");
  if (!config.http.publicUrl)
    throw new Error("PUBLIC_URL is not set (the https address Telegram should call)");
  const url = `${config.http.publicUrl}/webhooks/telegram`;
  await setTelegramWebhook({
    token: config.telegram.token,
    apiRoot: config.telegram.apiRoot,
    url,
    secret: config.telegram.webhookSecret,
  });
  console.error(`Telegram will deliver updates to ${url}`);
} catch (error) {
  console.error(describeStartupError(error).replace("Dari cannot start", "set-webhook failed"));
  process.exit(1);
}
