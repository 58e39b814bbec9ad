import type { ConversationStatus } from "./lifecycle.js";
import type { Locale } from "./locales.js";

export type LocaleSource = "chosen" | "detected" | "platform" | "default";

export interface Resident {
  id: string;
  channel: string;
  channelUserId: string;
  displayName: string | null;
  locale: Locale | null;
  localeSource: LocaleSource | null;
}

export type Priority = "normal" | "urgent";

export type HandoffReason = "requested" | "unanswerable" | "emergency" | "clarifyFailed" | "notHelpful";

/** What the conversation waits for from the resident outside the normal pipeline. */
export type Awaiting = "notHelpful" | "surveyRating" | "surveyComment";

export interface Conversation {
  id: string;
  residentId: string;
  status: ConversationStatus;
  priority: Priority;
  language: Locale;
  handoffReason: HandoffReason | null;
  assignedCounselorId: string | null;
  awaiting: Awaiting | null;
  clarifyStreak: number;
  lastEntryId: string | null;
  /** The FAQ topic the conversation was about, for reports. */
  topic: string | null;
  /** Route to counselors speaking this language instead of the conversation's (a transfer). */
  routeLanguage: Locale | null;
  /** Offered only to this counselor (a transfer to a named counselor). */
  offeredToId: string | null;
  lastResidentAt: Date | null;
  queuedAt: Date | null;
  firstClaimedAt: Date | null;
  claimedAt: Date | null;
  closedAt: Date | null;
  closeReason: string | null;
  satisfaction: number | null;
  satisfactionComment: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export type ConversationPatch = Partial<
  Omit<Conversation, "id" | "residentId" | "version" | "createdAt" | "updatedAt">
>;

export type Direction = "in" | "out";
export type Author = "resident" | "bot" | "counselor" | "system";
export type DeliveryState = "none" | "pending" | "sent" | "failed";

export interface MessageRecord {
  id: string;
  conversationId: string;
  direction: Direction;
  author: Author;
  counselorId: string | null;
  kind: string;
  text: string;
  payload: unknown;
  language: Locale | null;
  entryId: string | null;
  topic: string | null;
  confidence: number | null;
  decision: string | null;
  externalId: string | null;
  internal: boolean;
  delivery: DeliveryState;
  deliveryError: string | null;
  createdAt: Date;
}

export type NewMessage = Pick<MessageRecord, "conversationId" | "direction" | "author" | "kind" | "text"> &
  Partial<
    Omit<MessageRecord, "id" | "createdAt" | "conversationId" | "direction" | "author" | "kind" | "text">
  >;
