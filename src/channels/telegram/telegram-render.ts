import { InlineKeyboard } from "grammy";
import type { Choice, OutboundMessage } from "../../core/index.js";
import { splitText } from "../split-text.js";

// Telegram Bot API limits: https://core.telegram.org/bots/api#sendmessage (text ≤ 4096),
// https://core.telegram.org/bots/api#inlinekeyboardbutton (callback_data ≤ 64 bytes).
export const TELEGRAM_TEXT_LIMIT = 4096;
const CALLBACK_DATA_BYTES = 64;
const SHORT_LABEL = 16;

export interface TelegramSend {
  text: string;
  reply_markup?: InlineKeyboard;
}

function keyboard(choices: Choice[]): InlineKeyboard {
  const board = new InlineKeyboard();
  // Short labels (languages, ratings) two or more to a row; questions one to a row.
  const perRow = choices.every((c) => c.label.length <= 3)
    ? 5
    : choices.every((c) => c.label.length <= SHORT_LABEL)
      ? 2
      : 1;
  choices.forEach((choice, i) => {
    if (Buffer.byteLength(choice.value) > CALLBACK_DATA_BYTES)
      throw new Error(`callback data too long: ${choice.value}`);
    board.text(choice.label, choice.value);
    if ((i + 1) % perRow === 0 && i < choices.length - 1) board.row();
  });
  return board;
}

/**
 * One core message → the sendMessage calls that show it: plain text (no parse mode, so nothing a
 * resident or an answer contains can be read as markup), split at the limit, with any buttons
 * on the last piece.
 */
export function toTelegram(message: OutboundMessage): TelegramSend[] {
  const pieces = splitText(message.text, TELEGRAM_TEXT_LIMIT);
  const choices = message.kind === "text" ? [] : (message.choices ?? []);
  return pieces.map((text, i) =>
    i === pieces.length - 1 && choices.length > 0 ? { text, reply_markup: keyboard(choices) } : { text },
  );
}
