import {
  type Clock,
  type Conversation,
  type ConversationStore,
  type HandoffDesk,
  type HandoffReason,
  type Locale,
  type Priority,
  type QueueTicket,
  transition,
} from "../core/index.js";
import type { HandoffEvents } from "./events.js";
import type { HandoffStore } from "./model.js";
import { describeHours, describeMoment, isOpen, nextOpening, type OfficeSchedule } from "./office-hours.js";
import { estimateWaitMinutes } from "./wait-estimate.js";

const WAIT_HISTORY_DAYS = 7;
const WAIT_HISTORY_SIZE = 30;

/** The resident's side of the queue: join it, learn where you stand, leave it. */
export class QueueHandoffDesk implements HandoffDesk {
  constructor(
    private readonly store: ConversationStore,
    private readonly handoff: HandoffStore,
    private readonly events: HandoffEvents,
    private readonly schedule: OfficeSchedule,
    private readonly clock: Clock,
  ) {}

  async request(
    conversation: Conversation,
    reason: HandoffReason,
    priority: Priority,
    locale: Locale,
  ): Promise<QueueTicket> {
    const now = this.clock.now();
    const alreadyQueued = conversation.status === "waiting";
    const status = alreadyQueued ? "waiting" : transition(conversation.status, "handover");
    const urgent = priority === "urgent" || conversation.priority === "urgent";
    await this.store.updateConversation(conversation.id, {
      status,
      priority: urgent ? "urgent" : "normal",
      handoffReason: alreadyQueued ? (conversation.handoffReason ?? reason) : reason,
      queuedAt: alreadyQueued ? (conversation.queuedAt ?? now) : now,
      lastResidentAt: now,
      awaiting: null,
      clarifyStreak: 0,
      offeredToId: null,
      routeLanguage: null,
    });
    if (!alreadyQueued || urgent !== (conversation.priority === "urgent")) {
      this.events.emit(
        {
          type: "chatWaiting",
          conversationId: conversation.id,
          language: conversation.language,
          priority: urgent ? "urgent" : "normal",
          reason,
        },
        now,
      );
    }
    return this.ticket(conversation.id, locale);
  }

  async cancel(conversation: Conversation): Promise<void> {
    await this.store.updateConversation(conversation.id, {
      status: transition(conversation.status, "cancel"),
      queuedAt: null,
      handoffReason: null,
      priority: "normal",
      offeredToId: null,
      routeLanguage: null,
    });
    this.events.emit({ type: "chatCancelled", conversationId: conversation.id }, this.clock.now());
  }

  async ticket(conversationId: string, locale: Locale): Promise<QueueTicket> {
    const now = this.clock.now();
    const queue = await this.store.waitingQueue();
    const position = Math.max(1, queue.findIndex((c) => c.id === conversationId) + 1);
    if (!isOpen(this.schedule, now)) {
      const back = nextOpening(this.schedule, now);
      return {
        position,
        estimatedWaitMinutes: null,
        open: false,
        hours: describeHours(this.schedule, locale),
        backAt: back ? describeMoment(back, locale) : "",
      };
    }
    const since = new Date(now.getTime() - WAIT_HISTORY_DAYS * 86_400_000);
    const [waits, counselors] = await Promise.all([
      this.handoff.recentWaits(since, WAIT_HISTORY_SIZE),
      this.handoff.listCounselors(),
    ]);
    const onDuty = counselors.filter((c) => c.available).length;
    return { position, estimatedWaitMinutes: estimateWaitMinutes(waits, position, onDuty), open: true };
  }

  async residentWrote(conversation: Conversation, messageId: string): Promise<void> {
    const now = this.clock.now();
    await this.store.updateConversation(conversation.id, { lastResidentAt: now });
    this.events.emit({ type: "messageIn", conversationId: conversation.id, messageId }, now);
  }
}
