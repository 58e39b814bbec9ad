import type { ButtonInteraction, ChatInputCommandInteraction, Message } from "discord.js";
import { type AttachmentType, type InboundMessage, parseTypedCommand } from "../../core/index.js";

function attachmentType(contentType: string | null): AttachmentType {
  if (contentType?.startsWith("image/")) return "image";
  if (contentType?.startsWith("audio/")) return "audio";
  if (contentType?.startsWith("video/")) return "video";
  return "file";
}

/** A direct message → a core message (text, or an attachment with its caption). */
export function fromDirectMessage(message: Message): InboundMessage | undefined {
  const base = {
    channel: "discord",
    channelUserId: message.author.id,
    externalId: message.id,
    displayName: message.author.globalName ?? message.author.username,
  };
  const file = message.attachments.first();
  if (file) {
    return {
      ...base,
      kind: "attachment",
      attachment: { type: attachmentType(file.contentType), ref: file.url, name: file.name },
      ...(message.content ? { caption: message.content } : {}),
    };
  }
  if (message.stickers.size > 0) return { ...base, kind: "attachment", attachment: { type: "sticker" } };
  if (!message.content.trim()) return undefined;
  // Typed commands work in DMs too, as they do on the other channels.
  const typed = parseTypedCommand(message.content);
  if (typed) return { ...base, kind: "command", ...typed };
  return { ...base, kind: "text", text: message.content };
}

/** A slash command or a button press → a core message. */
export function fromInteraction(
  interaction: ChatInputCommandInteraction | ButtonInteraction,
): InboundMessage | undefined {
  const base = {
    channel: "discord",
    channelUserId: interaction.user.id,
    externalId: interaction.id,
    displayName: interaction.user.globalName ?? interaction.user.username,
    platformLocale: interaction.locale,
  };
  if (interaction.isButton()) return { ...base, kind: "choice", value: interaction.customId };
  switch (interaction.commandName) {
    case "ask":
      return { ...base, kind: "text", text: interaction.options.getString("question", true) };
    case "lang": {
      const language = interaction.options.getString("language");
      return { ...base, kind: "command", command: "lang", ...(language ? { argument: language } : {}) };
    }
    case "human":
      return { ...base, kind: "command", command: "human" };
    case "help":
      return { ...base, kind: "command", command: "help" };
    default:
      return undefined;
  }
}
