/** Where a conversation is; one transition table governs every change. */
export type ConversationStatus = "bot" | "waiting" | "active" | "closed";

export type LifecycleEvent = "handover" | "claim" | "release" | "transfer" | "cancel" | "close" | "reopen";

const TRANSITIONS: Record<ConversationStatus, Partial<Record<LifecycleEvent, ConversationStatus>>> = {
  bot: { handover: "waiting", close: "closed" },
  waiting: { claim: "active", cancel: "bot", close: "closed", transfer: "waiting" },
  active: { release: "waiting", transfer: "waiting", close: "closed" },
  closed: { reopen: "bot" },
};

export class LifecycleError extends Error {
  readonly code = "DARI_CORE_BAD_TRANSITION";
  constructor(
    readonly from: ConversationStatus,
    readonly event: LifecycleEvent,
  ) {
    super(`A ${from} conversation cannot ${event}`);
    this.name = "LifecycleError";
  }
}

/** The status after `event`, or undefined when the table forbids it. */
export function nextStatus(from: ConversationStatus, event: LifecycleEvent): ConversationStatus | undefined {
  return TRANSITIONS[from][event];
}

/** Like nextStatus, but throws LifecycleError for a forbidden move. */
export function transition(from: ConversationStatus, event: LifecycleEvent): ConversationStatus {
  const to = nextStatus(from, event);
  if (!to) throw new LifecycleError(from, event);
  return to;
}

export const CONVERSATION_STATUSES = Object.keys(TRANSITIONS) as ConversationStatus[];
