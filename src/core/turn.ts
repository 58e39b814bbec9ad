import type { Decision } from "./decision.js";
import type { Locale } from "./locales.js";
import type { InboundMessage } from "./messages.js";
import type { Conversation, MessageRecord, Resident } from "./model.js";
import type {
  Clock,
  ConversationStore,
  HandoffDesk,
  KnowledgeBase,
  LanguageDetector,
  MatchResult,
  Signal,
  SignalDetector,
  TextRepair,
} from "./ports.js";

/** Everything the engine needs, handed in by the composition root. */
export interface EngineDeps {
  store: ConversationStore;
  knowledge: KnowledgeBase;
  languages: LanguageDetector;
  signals: SignalDetector;
  /** Applied to every resident text before it is stored or read. */
  textRepair?: TextRepair;
  handoff: HandoffDesk;
  clock: Clock;
  settings: EngineSettings;
}

export interface EngineSettings {
  defaultLocale: Locale;
  maxMessageChars: number;
  /** At or above: answer outright. */
  answerThreshold: number;
  /** At or above (and below answer): offer choices. Below: hand over or ask again. */
  clarifyThreshold: number;
}

export const DEFAULT_ENGINE_SETTINGS: Omit<EngineSettings, "defaultLocale" | "maxMessageChars"> = {
  answerThreshold: 0.4,
  clarifyThreshold: 0.38,
};

/** One inbound message on its way through the pipeline. */
export interface Turn {
  inbound: InboundMessage;
  resident: Resident;
  conversation: Conversation;
  record: MessageRecord;
  /** The language Dari replies in. */
  locale: Locale;
  /** The language detected in this message, when there was text to read. */
  detected?: Locale;
  /** The locale changed on this turn by a confident detection (announce it). */
  switchedLocale?: Locale;
  /** The text to read (text, or an attachment's caption), cut to the configured length. */
  text: string;
  truncated: boolean;
  signals: Signal[];
  match?: MatchResult;
}

/** A pipeline step: a decision ends the turn, undefined passes it on. */
export type Step = (turn: Turn, deps: EngineDeps) => Promise<Decision | undefined>;
