import type { Decision } from "./decision.js";
import { isLocale, type Locale, toLocale } from "./locales.js";
import type { InboundMessage, OutboundMessage, StoredOutbound } from "./messages.js";
import type { Conversation, Resident } from "./model.js";
import type { Send, Translator } from "./ports.js";
import { render } from "./render.js";
import { awaitingReply } from "./steps/awaiting.js";
import { commandsAndChoices } from "./steps/commands.js";
import { emergency } from "./steps/emergency.js";
import { settleLanguage } from "./steps/language.js";
import { ongoingHandoff } from "./steps/ongoing-handoff.js";
import { understand } from "./steps/understand.js";
import type { EngineDeps, Step, Turn } from "./turn.js";

/** The decision pipeline, in order; the first step that decides ends the turn. */
const STEPS: readonly Step[] = [emergency, ongoingHandoff, awaitingReply, commandsAndChoices, understand];

export interface EngineResult {
  decision: Decision;
  conversationId: string | null;
  /** The language Dari replied in. */
  locale: Locale;
  /** The language read in this message, when there was text to read. */
  detected?: Locale;
  replies: StoredOutbound[];
}

function inboundText(inbound: InboundMessage): string {
  switch (inbound.kind) {
    case "text":
      return inbound.text;
    case "attachment":
      return inbound.caption ?? "";
    case "choice":
      return inbound.label ?? inbound.value;
    case "command":
      return `/${inbound.command}${inbound.argument ? ` ${inbound.argument}` : ""}`;
  }
}

/** Decides and records Dari's reply to each resident message (ARCHITECTURE.md, lifecycle). */
export class Engine {
  constructor(
    private readonly deps: EngineDeps,
    private readonly translator: Translator,
  ) {}

  /** Stores the message, decides, stores the replies and returns them for the channel to deliver. */
  async handle(inbound: InboundMessage): Promise<EngineResult> {
    const { store } = this.deps;
    const key = inbound.externalId ? `${inbound.channel}:${inbound.externalId}` : undefined;
    if (key && !(await store.markProcessed(key))) {
      return {
        decision: { type: "duplicate" },
        conversationId: null,
        locale: this.deps.settings.defaultLocale,
        replies: [],
      };
    }
    let recordId: string | undefined;
    try {
      const turn = await this.openTurn(inbound);
      recordId = turn.record.id;
      return await this.decide(turn);
    } catch (error) {
      // Nothing was answered: let the platform's redelivery try again instead of being dropped.
      if (key) await store.releaseEvent(key, recordId);
      throw error;
    }
  }

  private async decide(turn: Turn): Promise<EngineResult> {
    const { store } = this.deps;
    await settleLanguage(turn, this.deps);
    turn.signals = turn.text ? this.deps.signals.detect(turn.text, turn.detected ?? turn.locale) : [];

    let decision: Decision | undefined;
    for (const step of STEPS) {
      decision = await step(turn, this.deps);
      if (decision) break;
    }
    const final: Decision = decision ?? { type: "menu" };
    if (final.type === "answer" || final.type === "clarify") {
      // Ask "was this helpful?" only about the answer just given.
      await store.updateConversation(turn.conversation.id, { awaiting: null });
    }

    const messages = this.compose(turn, final);
    const replies = await this.storeReplies(turn.conversation.id, turn.locale, messages, final);
    await store.annotateMessage(turn.record.id, {
      language: turn.detected ?? null,
      decision: final.type,
      ...(final.type === "answer"
        ? { entryId: final.entryId, topic: final.topic, confidence: final.confidence }
        : {}),
      ...(final.type === "clarify" && final.candidates[0]
        ? { topic: final.candidates[0].topic, confidence: final.candidates[0].confidence }
        : {}),
      ...(final.type === "handover" && turn.match?.candidates[0]
        ? { topic: turn.match.candidates[0].topic, confidence: turn.match.candidates[0].confidence }
        : {}),
    });
    return {
      decision: final,
      conversationId: turn.conversation.id,
      locale: turn.locale,
      ...(turn.detected ? { detected: turn.detected } : {}),
      replies,
    };
  }

  /** Delivers stored replies in order through `send`, recording each one's delivery state. */
  async deliver(replies: StoredOutbound[], send: Send): Promise<void> {
    for (const reply of replies) {
      try {
        await send(reply);
        await this.deps.store.setDelivery(reply.id, "sent");
      } catch (error) {
        await this.deps.store.setDelivery(
          reply.id,
          "failed",
          error instanceof Error ? error.message : String(error),
        );
        throw error;
      }
    }
  }

  /** Like deliver, for platforms that send one turn's replies in a single call (LINE's reply). */
  async deliverAll(
    replies: StoredOutbound[],
    sendAll: (messages: StoredOutbound[]) => Promise<void>,
  ): Promise<void> {
    if (replies.length === 0) return;
    try {
      await sendAll(replies);
      for (const reply of replies) await this.deps.store.setDelivery(reply.id, "sent");
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      for (const reply of replies) await this.deps.store.setDelivery(reply.id, "failed", message);
      throw error;
    }
  }

  private compose(turn: Turn, decision: Decision): OutboundMessage[] {
    const ctx = {
      locale: turn.locale,
      now: this.deps.clock.now(),
      knowledge: this.deps.knowledge,
      t: this.translator.t,
    };
    const messages = render(decision, ctx);
    const notes: OutboundMessage[] = [];
    if (turn.switchedLocale && decision.type !== "languageChanged") {
      notes.push({ kind: "text", text: this.translator.t(turn.switchedLocale, "languageChanged") });
    }
    if (turn.truncated && decision.type !== "duplicate") {
      notes.push({ kind: "text", text: this.translator.t(turn.locale, "errors.tooLong") });
    }
    return decision.type === "emergency" ? [...messages, ...notes] : [...notes, ...messages];
  }

  private async storeReplies(
    conversationId: string,
    locale: Locale,
    messages: OutboundMessage[],
    decision: Decision,
  ): Promise<StoredOutbound[]> {
    const stored: StoredOutbound[] = [];
    for (const message of messages) {
      const record = await this.deps.store.appendMessage({
        conversationId,
        direction: "out",
        author: "bot",
        kind: message.kind,
        text: message.text,
        payload: message.kind === "text" ? null : message,
        language: locale,
        decision: decision.type,
        ...(decision.type === "answer" && message.kind === "text"
          ? { entryId: decision.entryId, topic: decision.topic, confidence: decision.confidence }
          : {}),
        delivery: "pending",
      });
      stored.push({ ...message, id: record.id, locale });
    }
    return stored;
  }

  private async openTurn(inbound: InboundMessage): Promise<Turn> {
    const { store, settings } = this.deps;
    const resident: Resident = await store.upsertResident(inbound.channel, inbound.channelUserId, {
      ...(inbound.displayName ? { displayName: inbound.displayName } : {}),
    });
    if (!resident.locale) {
      const platform = toLocale(inbound.platformLocale);
      if (platform) {
        await store.setResidentLocale(resident.id, platform, "platform");
        resident.locale = platform;
        resident.localeSource = "platform";
      }
    }
    const locale: Locale =
      resident.locale && isLocale(resident.locale) ? resident.locale : settings.defaultLocale;
    let conversation: Conversation | null = await store.currentConversation(resident.id);
    if (conversation?.status === "closed" && !conversation.awaiting) conversation = null;
    conversation ??= await store.createConversation(resident.id, locale);

    const typed = inboundText(inbound);
    const raw = inbound.kind === "choice" ? typed : (this.deps.textRepair?.repair(typed) ?? typed);
    const truncated = raw.length > settings.maxMessageChars;
    const record = await store.appendMessage({
      conversationId: conversation.id,
      direction: "in",
      author: "resident",
      kind: inbound.kind,
      text: raw,
      payload:
        inbound.kind === "attachment"
          ? { attachment: inbound.attachment }
          : inbound.kind === "choice"
            ? { value: inbound.value }
            : null,
      externalId: inbound.externalId ? `${inbound.channel}:${inbound.externalId}` : null,
    });
    const text =
      inbound.kind === "text" || inbound.kind === "attachment" ? raw.slice(0, settings.maxMessageChars) : "";
    return { inbound, resident, conversation, record, locale, text, truncated, signals: [] };
  }
}
