import type { Conversation, Locale } from "../core/index.js";
import type { Counselor } from "./model.js";

export interface RoutingPolicy {
  /** How long a chat waits for a counselor who speaks its language before anyone may take it. */
  languageFirstMs: number;
}

export const DEFAULT_ROUTING: RoutingPolicy = { languageFirstMs: 3 * 60_000 };

/** The language a waiting conversation is routed by. */
export function routeLanguage(conversation: Conversation): Locale {
  return conversation.routeLanguage ?? conversation.language;
}

/**
 * Whether `counselor` may take `conversation` now: a targeted transfer goes to its target only;
 * otherwise speakers of the language first, and everyone once the chat has waited past the
 * policy's delay or when no available counselor speaks the language.
 */
export function isOfferedTo(
  counselor: Counselor,
  conversation: Conversation,
  availableCounselors: Counselor[],
  now: Date,
  policy: RoutingPolicy = DEFAULT_ROUTING,
): boolean {
  if (conversation.status !== "waiting") return false;
  if (conversation.offeredToId) return conversation.offeredToId === counselor.id;
  const language = routeLanguage(conversation);
  if (counselor.languages.includes(language)) return true;
  const waitedMs = now.getTime() - (conversation.queuedAt?.getTime() ?? now.getTime());
  if (waitedMs >= policy.languageFirstMs) return true;
  return !availableCounselors.some((c) => c.id !== counselor.id && c.languages.includes(language));
}
