import type { Command } from "./messages.js";

// Every channel that lets residents type commands reads them through this one table, so the
// same words work everywhere (Telegram, Discord DMs, the terminal).
const NAMES: Record<string, Command> = {
  start: "start",
  help: "help",
  menu: "help",
  lang: "lang",
  human: "human",
  cancel: "cancel",
};

/** The command a name stands for ("menu" → help), case-insensitive; undefined for other words. */
export function commandNamed(name: string): Command | undefined {
  return NAMES[name.toLowerCase()];
}

/** Reads "/lang vi" or "/START" typed as text; undefined when the text is not a known command. */
export function parseTypedCommand(text: string): { command: Command; argument?: string } | undefined {
  const match = /^\/(\w+)(?:@\w+)?(?:\s+(.*))?$/s.exec(text.trim());
  const command = match?.[1] ? commandNamed(match[1]) : undefined;
  if (!command) return undefined;
  const argument = match?.[2]?.trim();
  return argument ? { command, argument } : { command };
}
