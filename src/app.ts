import type { Logger } from "pino";
import type { Config } from "./config.js";
import { type Clock, DEFAULT_ENGINE_SETTINGS, Engine, systemClock } from "./core/index.js";
import {
  createDb,
  type Db,
  migrate,
  PrismaConversationStore,
  PrismaFaqRepository,
  ping,
} from "./db/index.js";
import { QueueHandoffDesk } from "./handoff/index.js";
import { I18nTranslator } from "./i18n/index.js";
import {
  FaqKnowledgeBase,
  LexiconSignalDetector,
  seedFaq,
  VotingLanguageDetector,
} from "./knowledge/index.js";

export interface Dari {
  db: Db;
  engine: Engine;
  store: PrismaConversationStore;
  faq: PrismaFaqRepository;
  knowledge: FaqKnowledgeBase;
  translator: I18nTranslator;
  ready(): Promise<boolean>;
  close(): Promise<void>;
}

/**
 * The composition root: the only place that picks concrete adapters. It migrates the database,
 * loads the FAQ seed into an empty database, and wires the engine.
 */
export async function createDari(config: Config, logger: Logger, clock: Clock = systemClock): Promise<Dari> {
  const applied = await migrate(config.database);
  if (applied.length) logger.info({ migrations: applied }, "database migrated");
  const db = createDb(config.database);
  try {
    const faq = new PrismaFaqRepository(db);
    if (config.bot.seedOnStart) {
      const seeded = await seedFaq(faq);
      if (!seeded.skipped) logger.info({ created: seeded.created }, "FAQ seed loaded");
    }
    const knowledge = new FaqKnowledgeBase(await faq.list({ status: "published" }));
    const translator = await I18nTranslator.create();
    const store = new PrismaConversationStore(db);
    const engine = new Engine(
      {
        store,
        knowledge,
        languages: new VotingLanguageDetector(),
        signals: LexiconSignalDetector.fromFiles(),
        handoff: new QueueHandoffDesk(store, clock),
        clock,
        settings: {
          ...DEFAULT_ENGINE_SETTINGS,
          defaultLocale: config.bot.defaultLocale,
          maxMessageChars: config.bot.maxMessageChars,
        },
      },
      translator,
    );
    logger.info({ entries: knowledge.size, database: config.database.provider }, "knowledge base ready");
    return {
      db,
      engine,
      store,
      faq,
      knowledge,
      translator,
      ready: () => ping(db),
      close: () => db.$disconnect(),
    };
  } catch (error) {
    await db.$disconnect();
    throw error;
  }
}
