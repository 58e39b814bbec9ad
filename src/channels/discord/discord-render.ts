import { ActionRowBuilder, ButtonBuilder, ButtonStyle } from "discord.js";
import type { Choice, OutboundMessage } from "../../core/index.js";
import { splitText } from "../split-text.js";

// Discord limits (https://discord.com/developers/docs/resources/message): content ≤ 2000;
// components: ≤ 5 action rows of ≤ 5 buttons, labels ≤ 80, custom_id ≤ 100.
export const DISCORD_TEXT_LIMIT = 2000;
const BUTTONS_PER_ROW = 5;
const ROWS = 5;
const LABEL = 80;

export interface DiscordSend {
  content: string;
  components?: ActionRowBuilder<ButtonBuilder>[];
}

function rows(choices: Choice[]): ActionRowBuilder<ButtonBuilder>[] {
  // Long labels read better one to a row, short ones (languages, ratings) share rows, and rows
  // fill up when there are more choices than five rows of one.
  const wanted = choices.every((c) => c.label.length <= 20) ? BUTTONS_PER_ROW : 1;
  const perRow = Math.min(BUTTONS_PER_ROW, Math.max(wanted, Math.ceil(choices.length / ROWS)));
  const out: ActionRowBuilder<ButtonBuilder>[] = [];
  for (let i = 0; i < choices.length && out.length < ROWS; i += perRow) {
    out.push(
      new ActionRowBuilder<ButtonBuilder>().addComponents(
        choices.slice(i, i + perRow).map((c) =>
          new ButtonBuilder()
            .setCustomId(c.value)
            .setLabel(c.label.length > LABEL ? `${c.label.slice(0, LABEL - 1)}…` : c.label)
            .setStyle(ButtonStyle.Secondary),
        ),
      ),
    );
  }
  return out;
}

/** One core message → Discord message payloads: split at 2000, buttons on the last piece. */
export function toDiscord(message: OutboundMessage): DiscordSend[] {
  const choices = message.kind === "text" ? [] : (message.choices ?? []);
  const pieces = splitText(message.text, DISCORD_TEXT_LIMIT);
  // More choices than rows can hold (the 14 languages at one per row) go 5 to a row.
  return pieces.map((content, i) =>
    i === pieces.length - 1 && choices.length ? { content, components: rows(choices) } : { content },
  );
}
