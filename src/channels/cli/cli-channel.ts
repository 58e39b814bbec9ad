import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import {
  type Choice,
  type InboundMessage,
  type OutboundMessage,
  parseTypedCommand,
} from "../../core/index.js";
import { renderForTerminal } from "./cli-render.js";

export interface CliEngine {
  handle(inbound: InboundMessage): Promise<{ replies: (OutboundMessage & { id: string })[] }>;
  deliver(
    replies: (OutboundMessage & { id: string })[],
    send: (m: OutboundMessage) => Promise<void>,
  ): Promise<void>;
}

/**
 * The terminal as a channel: one line in, Dari's replies out. A number picks one of the last
 * options shown; `/start`, `/help`, `/lang xx`, `/human`, `/cancel` are commands.
 */
export class CliChannel {
  private lastChoices: Choice[] = [];

  constructor(
    private readonly engine: CliEngine,
    private readonly userId: string,
    private readonly out: Writable,
  ) {}

  /** The options last shown, in the order of their numbers. */
  options(): readonly Choice[] {
    return this.lastChoices;
  }

  /** Translates one typed line into an inbound message. */
  toInbound(line: string): InboundMessage {
    const base = { channel: "cli", channelUserId: this.userId } as const;
    const trimmed = line.trim();
    const picked = /^\d{1,2}$/.test(trimmed) ? this.lastChoices[Number(trimmed) - 1] : undefined;
    if (picked) return { ...base, kind: "choice", value: picked.value, label: picked.label };
    const command = parseTypedCommand(trimmed);
    if (command) return { ...base, kind: "command", ...command };
    return { ...base, kind: "text", text: line };
  }

  async handleLine(line: string): Promise<void> {
    if (!line.trim()) return;
    const { replies } = await this.engine.handle(this.toInbound(line));
    const shown: Choice[] = [];
    await this.engine.deliver(replies, async (message) => {
      const { text, choices } = renderForTerminal(message);
      // Numbers continue across one turn's messages so each option has a single number.
      const offset = shown.length;
      const renumbered = choices.length
        ? text.replace(/^ {2}(\d+)\) /gm, (_m, n: string) => `  ${Number(n) + offset}) `)
        : text;
      shown.push(...choices);
      this.out.write(`${renumbered}\n\n`);
    });
    if (shown.length) this.lastChoices = shown;
  }

  /** Reads lines until the input ends; with a TTY, shows a prompt. */
  async run(input: Readable, interactive: boolean): Promise<void> {
    const rl = createInterface({
      input,
      terminal: interactive,
      ...(interactive ? { output: this.out } : {}),
    });
    if (interactive) {
      rl.setPrompt("> ");
      rl.prompt();
    }
    for await (const line of rl) {
      await this.handleLine(line);
      if (interactive) rl.prompt();
    }
  }
}
