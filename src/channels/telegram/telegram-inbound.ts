import type { Context } from "grammy";
import { type AttachmentType, commandNamed, type InboundMessage } from "../../core/index.js";

function base(ctx: Context) {
  const from = ctx.from;
  return {
    channel: "telegram",
    channelUserId: String(ctx.chat?.id ?? from?.id),
    externalId: String(ctx.update.update_id),
    ...(from?.first_name ? { displayName: [from.first_name, from.last_name].filter(Boolean).join(" ") } : {}),
    ...(from?.language_code ? { platformLocale: from.language_code } : {}),
  };
}

function attachmentOf(ctx: Context): { type: AttachmentType; ref?: string; name?: string } | undefined {
  const m = ctx.message;
  if (!m) return undefined;
  if (m.photo?.length) return { type: "image", ref: m.photo.at(-1)!.file_id };
  if (m.voice) return { type: "audio", ref: m.voice.file_id };
  if (m.audio)
    return { type: "audio", ref: m.audio.file_id, ...(m.audio.file_name ? { name: m.audio.file_name } : {}) };
  if (m.video || m.video_note) return { type: "video", ref: (m.video ?? m.video_note)!.file_id };
  if (m.sticker) return { type: "sticker", ref: m.sticker.file_id };
  if (m.document)
    return {
      type: "file",
      ref: m.document.file_id,
      ...(m.document.file_name ? { name: m.document.file_name } : {}),
    };
  if (m.location) return { type: "location", ref: `${m.location.latitude},${m.location.longitude}` };
  return undefined;
}

/** A Telegram update → the core message it means, or undefined for updates Dari ignores. */
export function fromTelegram(ctx: Context): InboundMessage | undefined {
  if (ctx.chat && ctx.chat.type !== "private") return undefined;
  const data = ctx.callbackQuery?.data;
  if (data !== undefined) return { ...base(ctx), kind: "choice", value: data };
  const text = ctx.message?.text;
  if (text !== undefined) {
    const command = ctx.message?.entities?.find((e) => e.type === "bot_command" && e.offset === 0);
    if (command) {
      const name = text.slice(1, command.length).split("@")[0]!.toLowerCase();
      const known = commandNamed(name);
      const argument = text.slice(command.length).trim();
      if (known) return { ...base(ctx), kind: "command", command: known, ...(argument ? { argument } : {}) };
    }
    return { ...base(ctx), kind: "text", text };
  }
  const attachment = attachmentOf(ctx);
  if (attachment) {
    return {
      ...base(ctx),
      kind: "attachment",
      attachment,
      ...(ctx.message?.caption ? { caption: ctx.message.caption } : {}),
    };
  }
  return undefined;
}
