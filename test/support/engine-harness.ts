import {
  type Clock,
  DEFAULT_ENGINE_SETTINGS,
  Engine,
  type InboundMessage,
  type Locale,
  type OutboundMessage,
  type StoredOutbound,
} from "../../src/core/index.js";
import { MemoryConversationStore, MemoryHandoffStore, MemoryOutboxStore } from "../../src/db/index.js";
import {
  CounselorDesk,
  HandoffEvents,
  parseOfficeHours,
  QueueHandoffDesk,
  Relay,
} from "../../src/handoff/index.js";
import { I18nTranslator } from "../../src/i18n/index.js";
import {
  FaqKnowledgeBase,
  LexiconSignalDetector,
  VotingLanguageDetector,
} from "../../src/knowledge/index.js";
import { fixtureFaq, fixtureLexicons } from "../fixtures/faq.js";

/**
 * An engine and counselor desk over the memory stores and the fixture FAQ, with a settable clock
 * (default: a Monday 10:00 in Seoul, inside office hours) and a recording push channel "test".
 */
export async function engineHarness(
  options: { now?: Date; maxMessageChars?: number; defaultLocale?: Locale; officeHours?: string } = {},
) {
  let now = options.now ?? new Date("2026-11-23T10:00:00+09:00");
  const clock: Clock = { now: () => now };
  const store = new MemoryConversationStore();
  const handoffStore = new MemoryHandoffStore(store);
  const knowledge = new FaqKnowledgeBase(fixtureFaq);
  const translator = await I18nTranslator.create();
  const events = new HandoffEvents();
  const schedule = parseOfficeHours(options.officeHours ?? "mon-fri 09:00-18:00");
  const handoff = new QueueHandoffDesk(store, handoffStore, events, schedule, clock);
  const pushed: { recipient: string; message: OutboundMessage }[] = [];
  const relay = new Relay(
    store,
    new MemoryOutboxStore(),
    new Map([
      [
        "test",
        async (recipient: string, message: OutboundMessage) => void pushed.push({ recipient, message }),
      ],
    ]),
    clock,
  );
  const desk = new CounselorDesk(
    store,
    handoffStore,
    handoffStore,
    relay,
    knowledge,
    translator,
    events,
    clock,
  );
  const engine = new Engine(
    {
      store,
      knowledge,
      languages: new VotingLanguageDetector(),
      signals: new LexiconSignalDetector(fixtureLexicons),
      handoff,
      clock,
      settings: {
        ...DEFAULT_ENGINE_SETTINGS,
        defaultLocale: options.defaultLocale ?? "en",
        maxMessageChars: options.maxMessageChars ?? 4000,
      },
    },
    translator,
  );
  let seq = 0;
  const say = (user: string, text: string, extra: Partial<InboundMessage> = {}) =>
    engine.handle({
      channel: "test",
      channelUserId: user,
      kind: "text",
      text,
      externalId: `e${++seq}`,
      ...extra,
    } as InboundMessage);
  const pick = (user: string, value: string) =>
    engine.handle({ channel: "test", channelUserId: user, kind: "choice", value, externalId: `e${++seq}` });
  const texts = (replies: StoredOutbound[]) => replies.map((r) => r.text).join("\n---\n");
  return {
    engine,
    store,
    handoffStore,
    knowledge,
    translator,
    handoff,
    desk,
    relay,
    events,
    pushed,
    say,
    pick,
    texts,
    setNow: (d: Date) => {
      now = d;
    },
  };
}
