import type { Locale } from "./locales.js";
import type { OutboundMessage } from "./messages.js";
import type {
  Conversation,
  ConversationPatch,
  DeliveryState,
  HandoffReason,
  LocaleSource,
  MessageRecord,
  NewMessage,
  Priority,
  Resident,
} from "./model.js";

/** Residents, their conversations and every message, in and out. */
export interface ConversationStore {
  /** Records an event key; false when it was already recorded (a redelivery). */
  markProcessed(key: string): Promise<boolean>;
  /** Forgets an event key after a failed turn, so the platform's redelivery is processed again. */
  releaseEvent(key: string, messageId?: string): Promise<void>;
  upsertResident(channel: string, channelUserId: string, init: { displayName?: string }): Promise<Resident>;
  setResidentLocale(residentId: string, locale: Locale, source: LocaleSource): Promise<void>;
  /** The resident's open conversation, or the last closed one while it still awaits a survey answer. */
  currentConversation(residentId: string): Promise<Conversation | null>;
  createConversation(residentId: string, language: Locale): Promise<Conversation>;
  getConversation(id: string): Promise<Conversation | null>;
  /** Applies a patch; with `expectedVersion`, only if nobody changed the row meanwhile (else null). */
  updateConversation(
    id: string,
    patch: ConversationPatch,
    expectedVersion?: number,
  ): Promise<Conversation | null>;
  appendMessage(message: NewMessage): Promise<MessageRecord>;
  /** Records what the engine concluded about a stored inbound message. */
  annotateMessage(
    messageId: string,
    note: Partial<Pick<MessageRecord, "language" | "entryId" | "topic" | "confidence" | "decision">>,
  ): Promise<void>;
  setDelivery(messageId: string, state: DeliveryState, error?: string): Promise<void>;
  transcript(conversationId: string): Promise<MessageRecord[]>;
  /** Waiting conversations in queue order: urgent first, then by time queued. */
  waitingQueue(): Promise<Conversation[]>;
}

/** One FAQ match candidate. */
export interface MatchCandidate {
  entryId: string;
  topic: string;
  /** Calibrated 0..1 confidence that this entry answers the message. */
  confidence: number;
  /** The raw similarity behind it, comparable across candidates of one match. */
  similarity: number;
}

export interface MatchResult {
  candidates: MatchCandidate[];
}

/** An entry's content in one locale, ready to send. */
export interface FaqAnswer {
  entryId: string;
  topic: string;
  locale: Locale;
  question: string;
  answer: string;
  personalCase: boolean;
  reviewedAt: Date;
  validUntil: Date | null;
  /** The official line or site to check with once the answer may be out of date. */
  checkWith: string;
}

/** The FAQ, searchable in every locale. */
export interface KnowledgeBase {
  match(text: string, locale: Locale): MatchResult;
  answer(entryId: string, locale: Locale): FaqAnswer | undefined;
  /**
   * Personal-case cues ("complaint", "broker"…) that the entry's own phrasings carry: residents
   * ask that general question in those words.
   */
  cuesOf(entryId: string): readonly string[];
  /** Published entries of a topic group ("visa", "labor"…), for the menu. */
  entriesInGroup(group: string, locale: Locale): FaqAnswer[];
}

export interface LanguageGuess {
  locale: Locale | undefined;
  /** 0..1; romanised or very short text gives a low value. */
  confidence: number;
}

export interface LanguageDetector {
  detect(text: string): LanguageGuess;
}

/**
 * Personal-case cues only a person can act on: a refusal of the resident's own application, "look
 * at my case", "do it for me". Any other cue (a dispute, a complaint) may be part of a general
 * question the FAQ answers.
 */
export const PERSON_ONLY_CUES: readonly string[] = ["refusal", "reviewMyCase", "actForMe"];

export type Signal =
  | { kind: "emergency"; category: string }
  | { kind: "smalltalk"; smalltalk: "hello" | "thanks" | "bye"; otherWords: number }
  | { kind: "personalCase"; cue: string }
  | { kind: "meta"; meta: "human" | "language" | "menu" };

/** Repairs text before anything reads it (legacy encodings such as Zawgyi Burmese). */
export interface TextRepair {
  repair(text: string): string;
}

/** Rule-based reading of a message: danger, greetings, personal cases, meta requests. */
export interface SignalDetector {
  detect(text: string, locale: Locale): Signal[];
}

export interface Translator {
  t(locale: Locale, key: string, vars?: Record<string, string | number>): string;
}

export interface QueueTicket {
  position: number;
  estimatedWaitMinutes: number | null;
  open: boolean;
  /** When counselors are back, already phrased for the resident, if closed now. */
  backAt?: string;
  hours?: string;
}

/** The counselor queue, as the bot sees it. */
export interface HandoffDesk {
  /** Queues the conversation (or raises its priority if already queued); phrased for `locale`. */
  request(
    conversation: Conversation,
    reason: HandoffReason,
    priority: Priority,
    locale: Locale,
  ): Promise<QueueTicket>;
  cancel(conversation: Conversation): Promise<void>;
  /** Where a waiting conversation stands now. */
  ticket(conversationId: string, locale: Locale): Promise<QueueTicket>;
  /** A resident wrote while a person has (or is about to have) the chat. */
  residentWrote(conversation: Conversation, messageId: string): Promise<void>;
}

/**
 * Delivers a message to a resident outside a reply (a counselor's message, a notice). The key
 * is stable across retries of one message, for platforms that deduplicate pushes (LINE).
 */
export type PushSender = (
  recipient: string,
  message: OutboundMessage,
  options?: { idempotencyKey?: string },
) => Promise<void>;

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** Sends an outbound message on a channel; returns the platform's error when it failed. */
export type Send = (message: OutboundMessage) => Promise<void>;
