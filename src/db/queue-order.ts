import type { Conversation } from "../core/index.js";

/** Queue order shared by every store: urgent first, then who has waited longest. */
export function queueOrder(a: Conversation, b: Conversation): number {
  if (a.priority !== b.priority) return a.priority === "urgent" ? -1 : 1;
  const waited = (a.queuedAt?.getTime() ?? 0) - (b.queuedAt?.getTime() ?? 0);
  return waited !== 0 ? waited : a.createdAt.getTime() - b.createdAt.getTime();
}
