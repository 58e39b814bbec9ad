import type { Locale } from "./locales.js";

/** Commands every channel can express (a slash command, a menu item, a typed keyword). */
export type Command = "start" | "help" | "lang" | "human" | "cancel";

export type AttachmentType = "image" | "audio" | "video" | "file" | "sticker" | "location";

interface InboundBase {
  /** Channel name, e.g. "telegram"; opaque to the core. */
  channel: string;
  /** The resident's id on that channel. */
  channelUserId: string;
  /** The platform's id for this event, used to store and answer a redelivered event once. */
  externalId?: string;
  displayName?: string;
  /** The platform's or browser's locale tag for the resident, a first guess at their language. */
  platformLocale?: string;
  receivedAt?: Date;
}

/** Something a resident sent, already translated from the platform's shape. */
export type InboundMessage = InboundBase &
  (
    | { kind: "text"; text: string }
    | { kind: "choice"; value: string; label?: string }
    | { kind: "command"; command: Command; argument?: string }
    | {
        kind: "attachment";
        attachment: { type: AttachmentType; ref?: string; name?: string };
        caption?: string;
      }
  );

/** A button the resident can tap; `value` comes back as a `choice` inbound message. */
export interface Choice {
  label: string;
  value: string;
}

export type NoticeKind = "handoff" | "emergency" | "afterHours" | "joined" | "closed" | "survey";

/** Something Dari sends; each channel renders these three kinds with its own widgets. */
export type OutboundMessage =
  | { kind: "text"; text: string }
  | { kind: "choices"; text: string; choices: Choice[] }
  | { kind: "notice"; notice: NoticeKind; text: string; choices?: Choice[] };

/** An outbound message after it is stored, ready for a channel to deliver. */
export type StoredOutbound = OutboundMessage & { id: string; locale: Locale };
