import type { Choice, OutboundMessage } from "../../core/index.js";

/** Renders an outbound message as terminal text; choices become numbered options. */
export function renderForTerminal(message: OutboundMessage): { text: string; choices: Choice[] } {
  const choices = message.kind === "text" ? [] : (message.choices ?? []);
  const lines = [message.text, ...choices.map((c, i) => `  ${i + 1}) ${c.label}`)];
  return { text: lines.join("\n"), choices };
}
