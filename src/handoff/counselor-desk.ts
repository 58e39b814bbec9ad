import {
  type Clock,
  type Conversation,
  type ConversationStore,
  type KnowledgeBase,
  type Locale,
  type MessageRecord,
  NATIVE_NAMES,
  nextStatus,
  surveyPrompt,
  type Translator,
} from "../core/index.js";
import type { HandoffEvents } from "./events.js";
import type { ClaimResult, CloseReason, Counselor, HandoffStore } from "./model.js";
import type { Recipient, Relay } from "./relay.js";
import { DEFAULT_ROUTING, isOfferedTo, type RoutingPolicy } from "./routing.js";

/** Why a counselor action did nothing; expected outcomes are data, not exceptions. */
export type DeskRefusal =
  | { type: "notFound"; what: "conversation" | "counselor" | "entry" }
  | { type: "notAssigned" }
  | { type: "wrongState"; status: string };

export type DeskResult<T = Conversation> = { type: "ok"; value: T } | DeskRefusal;

export interface QueueItem {
  conversation: Conversation;
  position: number;
  waitedSeconds: number;
  offeredToMe: boolean;
}

export interface RecipientDirectory {
  /** The resident behind a conversation: where to push, and their language. */
  recipientOf(conversationId: string): Promise<(Recipient & { locale: Locale }) | null>;
}

const ok = <T>(value: T): DeskResult<T> => ({ type: "ok", value });

/** The counselor's side: queue, claim, reply, transfer, close — each one transition of the table. */
export class CounselorDesk {
  constructor(
    private readonly store: ConversationStore,
    private readonly handoff: HandoffStore,
    private readonly recipients: RecipientDirectory,
    private readonly relay: Relay,
    private readonly knowledge: KnowledgeBase,
    private readonly translator: Translator,
    private readonly events: HandoffEvents,
    private readonly clock: Clock,
    private readonly routing: RoutingPolicy = DEFAULT_ROUTING,
  ) {}

  /** The waiting line, in order, marking what is offered to `counselorId` now. */
  async queue(counselorId?: string): Promise<QueueItem[]> {
    const now = this.clock.now();
    const [waiting, counselors] = await Promise.all([
      this.store.waitingQueue(),
      this.handoff.listCounselors(),
    ]);
    const me = counselors.find((c) => c.id === counselorId);
    const available = counselors.filter((c) => c.available);
    return waiting.map((conversation, i) => ({
      conversation,
      position: i + 1,
      waitedSeconds: Math.round((now.getTime() - (conversation.queuedAt?.getTime() ?? now.getTime())) / 1000),
      offeredToMe: me ? isOfferedTo(me, conversation, available, now, this.routing) : false,
    }));
  }

  async claim(conversationId: string, counselorId: string): Promise<ClaimResult | DeskRefusal> {
    const counselor = await this.handoff.getCounselor(counselorId);
    if (!counselor) return { type: "notFound", what: "counselor" };
    const result = await this.handoff.claim(conversationId, counselorId, this.clock.now());
    if (result.type === "claimed") await this.announceJoin(result.conversation, counselor);
    return result;
  }

  /** Claims the first chat offered to this counselor; `empty` when none is. */
  async claimNext(counselorId: string): Promise<ClaimResult | DeskRefusal | { type: "empty" }> {
    for (const item of (await this.queue(counselorId)).filter((q) => q.offeredToMe)) {
      const result = await this.claim(item.conversation.id, counselorId);
      if (result.type !== "alreadyTaken") return result;
    }
    return { type: "empty" };
  }

  async release(conversationId: string, counselorId: string): Promise<DeskResult> {
    return this.requeue(conversationId, counselorId, {}, "release");
  }

  async transfer(
    conversationId: string,
    counselorId: string,
    to: { counselorId: string } | { language: Locale },
  ): Promise<DeskResult> {
    if ("counselorId" in to && !(await this.handoff.getCounselor(to.counselorId)))
      return { type: "notFound", what: "counselor" };
    const patch = "counselorId" in to ? { offeredToId: to.counselorId } : { routeLanguage: to.language };
    return this.requeue(conversationId, counselorId, patch, "transfer", to);
  }

  async close(conversationId: string, counselorId: string, reason: CloseReason): Promise<DeskResult> {
    const found = await this.assigned(conversationId, counselorId, ["active", "waiting"]);
    if (found.type !== "ok") return found;
    return this.closeConversation(found.value, reason, "handoff.closed", counselorId);
  }

  async reply(conversationId: string, counselorId: string, text: string): Promise<DeskResult<MessageRecord>> {
    const found = await this.assigned(conversationId, counselorId, ["active"]);
    if (found.type !== "ok") return found;
    const recipient = await this.recipients.recipientOf(conversationId);
    if (!recipient) return { type: "notFound", what: "conversation" };
    const [record] = await this.relay.send(conversationId, recipient, [{ kind: "text", text }], {
      author: "counselor",
      counselorId,
    });
    this.events.emit(
      { type: "messageOut", conversationId, messageId: record!.id, counselorId },
      this.clock.now(),
    );
    return ok(record!);
  }

  /** Sends an FAQ answer in the resident's language as the counselor's message. */
  async insertFaq(
    conversationId: string,
    counselorId: string,
    entryId: string,
  ): Promise<DeskResult<MessageRecord>> {
    const found = await this.assigned(conversationId, counselorId, ["active"]);
    if (found.type !== "ok") return found;
    const recipient = await this.recipients.recipientOf(conversationId);
    if (!recipient) return { type: "notFound", what: "conversation" };
    const answer = this.knowledge.answer(entryId, recipient.locale);
    if (!answer) return { type: "notFound", what: "entry" };
    const [record] = await this.relay.send(
      conversationId,
      recipient,
      [{ kind: "text", text: answer.answer }],
      {
        author: "counselor",
        counselorId,
        language: recipient.locale,
      },
    );
    this.events.emit(
      { type: "messageOut", conversationId, messageId: record!.id, counselorId },
      this.clock.now(),
    );
    return ok(record!);
  }

  /** An internal note: in the transcript for counselors, never sent to the resident. */
  async note(conversationId: string, counselorId: string, text: string): Promise<DeskResult<MessageRecord>> {
    const conversation = await this.store.getConversation(conversationId);
    if (!conversation) return { type: "notFound", what: "conversation" };
    const record = await this.store.appendMessage({
      conversationId,
      direction: "out",
      author: "counselor",
      counselorId,
      kind: "note",
      text,
      internal: true,
    });
    return ok(record);
  }

  async transcript(
    conversationId: string,
  ): Promise<DeskResult<{ conversation: Conversation; messages: MessageRecord[] }>> {
    const conversation = await this.store.getConversation(conversationId);
    if (!conversation) return { type: "notFound", what: "conversation" };
    return ok({ conversation, messages: await this.store.transcript(conversationId) });
  }

  /** Closes open chats whose resident has been silent longer than `silenceMs`, with a notice. */
  async autoCloseSilent(silenceMs: number): Promise<number> {
    const before = new Date(this.clock.now().getTime() - silenceMs);
    const silent = await this.handoff.silentSince(before);
    for (const conversation of silent)
      await this.closeConversation(conversation, "residentSilent", "handoff.autoClosed");
    return silent.length;
  }

  private async requeue(
    conversationId: string,
    counselorId: string,
    patch: { offeredToId?: string; routeLanguage?: Locale },
    event: "release" | "transfer",
    to?: { counselorId: string } | { language: Locale },
  ): Promise<DeskResult> {
    const found = await this.assigned(conversationId, counselorId, ["active"]);
    if (found.type !== "ok") return found;
    const conversation = found.value;
    const status = nextStatus(conversation.status, event);
    if (!status) return { type: "wrongState", status: conversation.status };
    const updated = await this.store.updateConversation(
      conversationId,
      {
        status,
        assignedCounselorId: null,
        claimedAt: null,
        offeredToId: null,
        routeLanguage: null,
        ...patch,
      },
      conversation.version,
    );
    if (!updated) return { type: "wrongState", status: "changed" };
    await this.notify(conversationId, ["handoff.transferred"]);
    const now = this.clock.now();
    if (event === "transfer" && to)
      this.events.emit({ type: "chatTransferred", conversationId, counselorId, to }, now);
    else this.events.emit({ type: "chatReleased", conversationId, counselorId }, now);
    return ok(updated);
  }

  private async closeConversation(
    conversation: Conversation,
    reason: CloseReason,
    noticeKey: string,
    counselorId?: string,
  ): Promise<DeskResult> {
    const status = nextStatus(conversation.status, "close");
    if (!status) return { type: "wrongState", status: conversation.status };
    const wasActive = conversation.status === "active";
    const updated = await this.store.updateConversation(
      conversation.id,
      {
        status,
        closedAt: this.clock.now(),
        closeReason: reason,
        awaiting: wasActive ? "surveyRating" : null,
      },
      conversation.version,
    );
    if (!updated) return { type: "wrongState", status: "changed" };
    const recipient = await this.recipients.recipientOf(conversation.id);
    if (recipient) {
      const t = this.translator.t;
      // Only a chat a counselor actually handled asks for a rating.
      const messages = [
        { kind: "notice" as const, notice: "closed" as const, text: t(recipient.locale, noticeKey) },
      ];
      await this.relay.send(
        conversation.id,
        recipient,
        wasActive ? [...messages, surveyPrompt(recipient.locale, t)] : messages,
        {
          author: "system",
          language: recipient.locale,
          ...(counselorId ? { counselorId } : {}),
        },
      );
    }
    this.events.emit({ type: "chatClosed", conversationId: conversation.id, reason }, this.clock.now());
    return ok(updated);
  }

  private async announceJoin(conversation: Conversation, counselor: Counselor): Promise<void> {
    const recipient = await this.recipients.recipientOf(conversation.id);
    if (!recipient) return;
    const { t } = this.translator;
    const locale = recipient.locale;
    const lines = [
      t(locale, "handoff.joined", {
        name: counselor.name,
        languages: counselor.languages.map((l) => NATIVE_NAMES[l]).join(", "),
      }),
    ];
    if (!counselor.languages.includes(locale)) {
      const spoken = counselor.languages.includes("en") ? "en" : (counselor.languages[0] ?? "ko");
      lines.push(t(locale, "handoff.otherLanguage", { language: NATIVE_NAMES[spoken] }));
    }
    await this.relay.send(
      conversation.id,
      recipient,
      [{ kind: "notice", notice: "joined", text: lines.join("\n") }],
      {
        author: "system",
        counselorId: counselor.id,
        language: locale,
      },
    );
    this.events.emit(
      { type: "chatClaimed", conversationId: conversation.id, counselorId: counselor.id },
      this.clock.now(),
    );
  }

  private async notify(conversationId: string, keys: string[]): Promise<void> {
    const recipient = await this.recipients.recipientOf(conversationId);
    if (!recipient) return;
    const text = keys.map((k) => this.translator.t(recipient.locale, k)).join("\n");
    await this.relay.send(conversationId, recipient, [{ kind: "text", text }], {
      author: "system",
      language: recipient.locale,
    });
  }

  private async assigned(
    conversationId: string,
    counselorId: string,
    statuses: string[],
  ): Promise<DeskResult> {
    const conversation = await this.store.getConversation(conversationId);
    if (!conversation) return { type: "notFound", what: "conversation" };
    if (!statuses.includes(conversation.status)) return { type: "wrongState", status: conversation.status };
    if (conversation.status === "active" && conversation.assignedCounselorId !== counselorId) {
      const counselor = await this.handoff.getCounselor(counselorId);
      if (counselor?.role !== "admin") return { type: "notAssigned" };
    }
    return ok(conversation);
  }
}
