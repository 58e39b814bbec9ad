import type { Decision } from "../decision.js";
import type { EngineDeps, Turn } from "../turn.js";

/** While a person handles (or is about to handle) the chat, the bot only files messages. */
export async function ongoingHandoff(turn: Turn, deps: EngineDeps): Promise<Decision | undefined> {
  const { conversation, inbound } = turn;
  if (conversation.status !== "waiting" && conversation.status !== "active") return undefined;
  const cancels =
    (inbound.kind === "command" && inbound.command === "cancel") ||
    (inbound.kind === "choice" && inbound.value === "cancel");
  if (cancels && conversation.status === "waiting") {
    await deps.handoff.cancel(conversation);
    return { type: "cancelled" };
  }
  await deps.handoff.residentWrote(conversation, turn.record.id);
  if (conversation.status === "active") return { type: "relayed", status: "active" };
  return {
    type: "relayed",
    status: "waiting",
    ticket: await deps.handoff.ticket(conversation.id, turn.locale),
  };
}
