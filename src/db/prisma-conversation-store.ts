import type {
  Conversation,
  ConversationPatch,
  ConversationStore,
  DeliveryState,
  Locale,
  LocaleSource,
  MessageRecord,
  NewMessage,
  Resident,
} from "../core/index.js";
import type { Db } from "./client.js";
import { isUniqueViolation } from "./errors.js";
import { toConversation, toMessage, toResident } from "./rows.js";

/** ConversationStore on SQLite or PostgreSQL through Prisma. */
export class PrismaConversationStore implements ConversationStore {
  private lastStamp = 0;

  constructor(private readonly db: Db) {}

  // Timestamps have millisecond precision; a strictly increasing stamp per process keeps a
  // transcript in the order its messages were written even within one millisecond.
  private stamp(): Date {
    this.lastStamp = Math.max(this.lastStamp + 1, Date.now());
    return new Date(this.lastStamp);
  }

  async markProcessed(key: string): Promise<boolean> {
    try {
      await this.db.processedEvent.create({ data: { key } });
      return true;
    } catch (error) {
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  }

  async releaseEvent(key: string, messageId?: string): Promise<void> {
    await this.db.processedEvent.deleteMany({ where: { key } });
    if (messageId) await this.db.message.updateMany({ where: { id: messageId }, data: { externalId: null } });
  }

  async upsertResident(
    channel: string,
    channelUserId: string,
    init: { displayName?: string },
  ): Promise<Resident> {
    const row = await this.db.resident.upsert({
      where: { channel_channelUserId: { channel, channelUserId } },
      create: { channel, channelUserId, displayName: init.displayName ?? null },
      update: init.displayName ? { displayName: init.displayName } : {},
    });
    return toResident(row);
  }

  async setResidentLocale(residentId: string, locale: Locale, source: LocaleSource): Promise<void> {
    await this.db.resident.update({ where: { id: residentId }, data: { locale, localeSource: source } });
  }

  async currentConversation(residentId: string): Promise<Conversation | null> {
    const row = await this.db.conversation.findFirst({
      where: { residentId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    });
    if (!row) return null;
    if (row.status !== "closed" || row.awaiting) return toConversation(row);
    return null;
  }

  async createConversation(residentId: string, language: Locale): Promise<Conversation> {
    return toConversation(
      await this.db.conversation.create({ data: { residentId, language, createdAt: this.stamp() } }),
    );
  }

  async getConversation(id: string): Promise<Conversation | null> {
    const row = await this.db.conversation.findUnique({ where: { id } });
    return row ? toConversation(row) : null;
  }

  async updateConversation(
    id: string,
    patch: ConversationPatch,
    expectedVersion?: number,
  ): Promise<Conversation | null> {
    const where = expectedVersion === undefined ? { id } : { id, version: expectedVersion };
    // updateMany so a version mismatch is a count of 0, not an exception.
    const result = await this.db.conversation.updateMany({
      where,
      data: { ...patch, version: { increment: 1 } },
    });
    if (result.count === 0) return null;
    return this.getConversation(id);
  }

  async appendMessage(message: NewMessage): Promise<MessageRecord> {
    const { payload, ...rest } = message;
    const row = await this.db.message.create({
      data: {
        ...rest,
        payload: payload === undefined || payload === null ? null : JSON.stringify(payload),
        createdAt: this.stamp(),
      },
    });
    return toMessage(row);
  }

  async annotateMessage(
    messageId: string,
    note: Partial<Pick<MessageRecord, "language" | "entryId" | "topic" | "confidence" | "decision">>,
  ): Promise<void> {
    await this.db.message.update({ where: { id: messageId }, data: note });
  }

  async setDelivery(messageId: string, state: DeliveryState, error?: string): Promise<void> {
    await this.db.message.update({
      where: { id: messageId },
      data: { delivery: state, deliveryError: error ?? null },
    });
  }

  async transcript(conversationId: string): Promise<MessageRecord[]> {
    const rows = await this.db.message.findMany({
      where: { conversationId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    });
    return rows.map(toMessage);
  }

  async waitingQueue(): Promise<Conversation[]> {
    // "urgent" sorts after "normal", so descending priority puts urgent chats first.
    const rows = await this.db.conversation.findMany({
      where: { status: "waiting" },
      orderBy: [{ priority: "desc" }, { queuedAt: "asc" }, { createdAt: "asc" }, { id: "asc" }],
    });
    return rows.map(toConversation);
  }
}
