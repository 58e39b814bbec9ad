import type { Logger } from "pino";
import {
  type Channel,
  type ChannelContext,
  createDiscordChannel,
  createLineChannel,
  createTelegramChannel,
} from "./channels/index.js";
import type { Config } from "./config.js";
import { type Clock, DEFAULT_ENGINE_SETTINGS, Engine, type PushSender, systemClock } from "./core/index.js";
import {
  createDb,
  type Db,
  migrate,
  PrismaConversationStore,
  PrismaFaqRepository,
  PrismaHandoffStore,
  PrismaOutboxStore,
  ping,
} from "./db/index.js";
import {
  alertOnUrgentChats,
  CounselorDesk,
  HandoffEvents,
  QueueHandoffDesk,
  Relay,
} from "./handoff/index.js";
import { I18nTranslator } from "./i18n/index.js";
import {
  FaqKnowledgeBase,
  LexiconSignalDetector,
  reviewReport,
  seedFaq,
  VotingLanguageDetector,
  ZawgyiRepair,
} from "./knowledge/index.js";

export interface Dari {
  db: Db;
  engine: Engine;
  store: PrismaConversationStore;
  faq: PrismaFaqRepository;
  handoff: PrismaHandoffStore;
  desk: CounselorDesk;
  relay: Relay;
  events: HandoffEvents;
  knowledge: FaqKnowledgeBase;
  translator: I18nTranslator;
  /** The chat channels whose tokens are configured, not yet started. */
  channels: Channel[];
  /** Registers how a channel pushes messages outside a reply (counselor replies, notices). */
  registerPush(channel: string, sender: PushSender): void;
  /** Starts background work: outbox delivery and auto-close of silent chats. */
  startBackground(): void;
  ready(): Promise<boolean>;
  close(): Promise<void>;
}

/**
 * The composition root: the only place that picks concrete adapters. It migrates the database,
 * loads the FAQ seed into an empty database, and wires the engine and the counselor desk.
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
    const signals = LexiconSignalDetector.fromFiles();
    const published = await faq.list({ status: "published" });
    const knowledge = new FaqKnowledgeBase(published, { signals });
    const translator = await I18nTranslator.create();
    const store = new PrismaConversationStore(db);
    const handoff = new PrismaHandoffStore(db, config.database.provider);
    const events = new HandoffEvents((error) => logger.error({ err: error }, "event listener failed"));
    const senders = new Map<string, PushSender>();
    const relay = new Relay(store, new PrismaOutboxStore(db), senders, clock, (error, context) =>
      logger.warn({ err: error, ...context }, "push delivery failed"),
    );
    const desk = new CounselorDesk(store, handoff, handoff, relay, knowledge, translator, events, clock, {
      languageFirstMs: config.handoff.languageFirstMs,
    });
    const engine = new Engine(
      {
        store,
        knowledge,
        languages: new VotingLanguageDetector(),
        signals,
        textRepair: new ZawgyiRepair(),
        handoff: new QueueHandoffDesk(store, handoff, events, config.handoff.schedule, clock),
        clock,
        settings: {
          ...DEFAULT_ENGINE_SETTINGS,
          defaultLocale: config.bot.defaultLocale,
          maxMessageChars: config.bot.maxMessageChars,
        },
      },
      translator,
    );
    const context: ChannelContext = {
      handle: (inbound) => engine.handle(inbound),
      deliver: (replies, send) => engine.deliver(replies, send),
      deliverAll: (replies, sendAll) => engine.deliverAll(replies, sendAll),
      log: logger.child({ module: "channels" }),
    };
    const channels = enabledChannels(config, context);
    for (const channel of channels) senders.set(channel.name, channel.push);
    const destinations: Record<string, string | undefined> = config.handoff.alerts;
    const alerts = channels.flatMap((channel) => {
      const destination = destinations[channel.name];
      return destination && channel.alert ? [(text: string) => channel.alert!(destination, text)] : [];
    });
    alertOnUrgentChats(events, alerts, (error) => logger.warn({ err: error }, "staff alert failed"));
    let autoClose: NodeJS.Timeout | undefined;
    const autoCloseTick = async () => {
      try {
        const closed = await desk.autoCloseSilent(config.handoff.autoCloseMs);
        if (closed) logger.info({ closed }, "closed silent chats");
      } catch (error) {
        logger.error({ err: error }, "auto-close failed");
      }
    };
    logger.info({ entries: knowledge.size, database: config.database.provider }, "knowledge base ready");
    // Answers past their validUntil already tell residents to check; admins hear it here.
    const due = reviewReport(published, clock.now()).due;
    if (due.length > 0)
      logger.warn(
        { due: due.map((d) => `${d.key}: ${d.reason} ${d.date}`) },
        "FAQ entries due for review (npm run faq -- review)",
      );
    return {
      db,
      engine,
      store,
      faq,
      handoff,
      desk,
      relay,
      events,
      knowledge,
      translator,
      channels,
      registerPush: (channel, sender) => senders.set(channel, sender),
      startBackground() {
        relay.start(1000);
        autoClose ??= setInterval(() => void autoCloseTick(), 60_000);
        autoClose.unref();
      },
      ready: () => ping(db),
      async close() {
        if (autoClose) clearInterval(autoClose);
        await Promise.all(channels.map((c) => c.stop()));
        await relay.stop();
        await db.$disconnect();
      },
    };
  } catch (error) {
    await db.$disconnect();
    throw error;
  }
}

/** Each channel whose tokens are set, from one typed table (no naming conventions, no dynamic imports). */
function enabledChannels(config: Config, context: ChannelContext): Channel[] {
  const factories: { [K in "telegram" | "line" | "discord"]: () => Channel | undefined } = {
    telegram: () => (config.telegram ? createTelegramChannel(config.telegram, context) : undefined),
    line: () => (config.line ? createLineChannel(config.line, context) : undefined),
    discord: () => (config.discord ? createDiscordChannel(config.discord, context) : undefined),
  };
  return Object.values(factories).flatMap((make) => make() ?? []);
}
