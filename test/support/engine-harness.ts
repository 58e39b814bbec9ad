import {
  type Clock,
  DEFAULT_ENGINE_SETTINGS,
  Engine,
  type InboundMessage,
  type Locale,
  type StoredOutbound,
} from "../../src/core/index.js";
import { MemoryConversationStore } from "../../src/db/index.js";
import { QueueHandoffDesk } from "../../src/handoff/index.js";
import { I18nTranslator } from "../../src/i18n/index.js";
import {
  FaqKnowledgeBase,
  LexiconSignalDetector,
  VotingLanguageDetector,
} from "../../src/knowledge/index.js";
import { fixtureFaq, fixtureLexicons } from "../fixtures/faq.js";

/** An engine over the memory store and the fixture FAQ, with a settable clock. */
export async function engineHarness(
  options: { now?: Date; maxMessageChars?: number; defaultLocale?: Locale } = {},
) {
  let now = options.now ?? new Date("2026-11-23T10:00:00+09:00");
  const clock: Clock = { now: () => now };
  const store = new MemoryConversationStore();
  const knowledge = new FaqKnowledgeBase(fixtureFaq);
  const translator = await I18nTranslator.create();
  const handoff = new QueueHandoffDesk(store, clock);
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
  return { engine, store, knowledge, translator, handoff, say, pick, texts, setNow: (d: Date) => (now = d) };
}
