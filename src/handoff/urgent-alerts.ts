import type { HandoffEvents } from "./events.js";

/** Where staff alerts go: a counselors' group chat or channel on a chat platform. */
export type StaffAlert = (text: string) => Promise<void>;

/**
 * Tells the counselors' group when an urgent chat starts waiting (an emergency, or a chat raised
 * to urgent). Staff read Korean and English, so the alert is in both.
 */
export function alertOnUrgentChats(
  events: HandoffEvents,
  alerts: StaffAlert[],
  onError: (error: unknown) => void,
): () => void {
  if (alerts.length === 0) return () => {};
  return events.subscribe((event) => {
    if (event.type !== "chatWaiting" || event.priority !== "urgent") return;
    const text = `🚨 긴급 상담 대기 / Urgent chat waiting — ${event.language}, ${event.reason}. Conversation ${event.conversationId}`;
    for (const alert of alerts) void alert(text).catch(onError);
  });
}
