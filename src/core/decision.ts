import type { Locale } from "./locales.js";
import type { HandoffReason, Priority } from "./model.js";
import type { MatchCandidate, QueueTicket } from "./ports.js";

/** What the engine decided to do with one inbound message; expected outcomes are data. */
export type Decision =
  | { type: "duplicate" }
  | { type: "answer"; entryId: string; topic: string; confidence: number; explicit: boolean }
  | { type: "clarify"; candidates: MatchCandidate[] }
  | { type: "retry" }
  | { type: "handover"; reason: HandoffReason; priority: Priority; ticket: QueueTicket; topic?: string }
  | { type: "emergency"; category: string; ticket: QueueTicket | null }
  | { type: "smalltalk"; smalltalk: "hello" | "thanks" | "bye" }
  | { type: "welcome" }
  | { type: "menu"; group?: string }
  | { type: "languageMenu" }
  | { type: "languageChanged"; locale: Locale }
  | { type: "relayed"; status: "waiting" | "active"; ticket?: QueueTicket }
  | { type: "cancelled" }
  | { type: "feedback"; helpful: boolean }
  | { type: "surveyRating"; rating: number }
  | { type: "surveyComment"; comment: string | null }
  | { type: "unsupported" };

export type DecisionType = Decision["type"];
