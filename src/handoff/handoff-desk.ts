import {
  type Clock,
  type Conversation,
  type ConversationStore,
  type HandoffDesk,
  type HandoffReason,
  type Priority,
  type QueueTicket,
  transition,
} from "../core/index.js";

/** Puts conversations in the counselor queue and takes them out again. */
export class QueueHandoffDesk implements HandoffDesk {
  constructor(
    private readonly store: ConversationStore,
    private readonly clock: Clock,
  ) {}

  async request(conversation: Conversation, reason: HandoffReason, priority: Priority): Promise<QueueTicket> {
    const status =
      conversation.status === "waiting" ? "waiting" : transition(conversation.status, "handover");
    const urgent = priority === "urgent" || conversation.priority === "urgent";
    await this.store.updateConversation(conversation.id, {
      status,
      priority: urgent ? "urgent" : "normal",
      handoffReason: conversation.handoffReason ?? reason,
      queuedAt: conversation.queuedAt ?? this.clock.now(),
      awaiting: null,
      clarifyStreak: 0,
    });
    return this.ticket(conversation.id);
  }

  async cancel(conversation: Conversation): Promise<void> {
    await this.store.updateConversation(conversation.id, {
      status: transition(conversation.status, "cancel"),
      queuedAt: null,
      handoffReason: null,
      priority: "normal",
    });
  }

  /** The conversation's place in line; wait estimates arrive with the handoff work (issue 5). */
  async ticket(conversationId: string): Promise<QueueTicket> {
    const queue = await this.store.waitingQueue();
    const position = queue.findIndex((c) => c.id === conversationId) + 1;
    return { position: Math.max(position, 1), estimatedWaitMinutes: null, open: true };
  }
}
