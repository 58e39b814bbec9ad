import { SlashCommandBuilder } from "discord.js";
import { LOCALES, NATIVE_NAMES } from "../../core/index.js";

/** The slash commands Dari registers: /ask, /lang, /human, /help. */
export const DISCORD_COMMANDS = [
  new SlashCommandBuilder()
    .setName("ask")
    .setDescription("Ask Dari a question about visas, work, health insurance or daily life")
    .addStringOption((o) =>
      o
        .setName("question")
        .setDescription("Your question, in your language")
        .setRequired(true)
        .setMaxLength(2000),
    ),
  new SlashCommandBuilder()
    .setName("lang")
    .setDescription("Choose the language Dari answers in")
    .addStringOption((o) =>
      o
        .setName("language")
        .setDescription("Language")
        .setRequired(false)
        .addChoices(...LOCALES.map((l) => ({ name: NATIVE_NAMES[l], value: l }))),
    ),
  new SlashCommandBuilder().setName("human").setDescription("Talk to a counselor"),
  new SlashCommandBuilder().setName("help").setDescription("What Dari can help with"),
].map((c) => c.toJSON());
