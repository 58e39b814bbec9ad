import type { webhook } from "@line/bot-sdk";
import type { AttachmentType, InboundMessage } from "../../core/index.js";

const ATTACHMENTS: Record<string, AttachmentType> = {
  image: "image",
  video: "video",
  audio: "audio",
  file: "file",
  location: "location",
  sticker: "sticker",
};

/** A LINE webhook event → the core message it means (follow → /start), or undefined to ignore. */
export function fromLine(event: webhook.Event, platformLocale?: string): InboundMessage | undefined {
  const source = event.source;
  if (source?.type !== "user" || !source.userId) return undefined;
  const base = {
    channel: "line",
    channelUserId: source.userId,
    externalId: event.webhookEventId,
    ...(platformLocale ? { platformLocale } : {}),
  };
  switch (event.type) {
    case "follow":
      return { ...base, kind: "command", command: "start" };
    case "postback":
      return { ...base, kind: "choice", value: event.postback.data };
    case "message": {
      const message = event.message;
      if (message.type === "text") return { ...base, kind: "text", text: message.text };
      const type = ATTACHMENTS[message.type];
      if (type) {
        const name = message.type === "file" ? (message as webhook.FileMessageContent).fileName : undefined;
        return {
          ...base,
          kind: "attachment",
          attachment: { type, ref: message.id, ...(name ? { name } : {}) },
        };
      }
      return undefined;
    }
    default:
      return undefined;
  }
}
