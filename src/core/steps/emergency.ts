import type { Decision } from "../decision.js";
import type { EngineDeps, Turn } from "../turn.js";

/** Danger now wins over everything: numbers at once, and an urgent place in the queue. */
export async function emergency(turn: Turn, deps: EngineDeps): Promise<Decision | undefined> {
  const signal = turn.signals.find((s) => s.kind === "emergency");
  if (signal?.kind !== "emergency") return undefined;
  const { conversation } = turn;
  if (conversation.status === "active") {
    await deps.store.updateConversation(conversation.id, { priority: "urgent" });
    return { type: "emergency", category: signal.category, ticket: null };
  }
  const ticket = await deps.handoff.request(conversation, "emergency", "urgent", turn.locale);
  return { type: "emergency", category: signal.category, ticket };
}
