import { randomUUID } from "node:crypto";
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
import { queueOrder } from "./queue-order.js";

/** ConversationStore in process memory: fast tests and the store contract's reference. */
export class MemoryConversationStore implements ConversationStore {
  private readonly processed = new Set<string>();
  private readonly residents = new Map<string, Resident>();
  private readonly conversations = new Map<string, Conversation>();
  private readonly messages: MessageRecord[] = [];
  private tick = 0;

  // Distinct, increasing timestamps keep ordering deterministic within one millisecond.
  private stamp(): Date {
    this.tick = Math.max(this.tick + 1, Date.now());
    return new Date(this.tick);
  }

  async markProcessed(key: string): Promise<boolean> {
    if (this.processed.has(key)) return false;
    this.processed.add(key);
    return true;
  }

  async releaseEvent(key: string, messageId?: string): Promise<void> {
    this.processed.delete(key);
    const message = this.messages.find((m) => m.id === messageId);
    if (message) message.externalId = null;
  }

  async upsertResident(
    channel: string,
    channelUserId: string,
    init: { displayName?: string },
  ): Promise<Resident> {
    const existing = [...this.residents.values()].find(
      (r) => r.channel === channel && r.channelUserId === channelUserId,
    );
    if (existing) {
      if (init.displayName) existing.displayName = init.displayName;
      return { ...existing };
    }
    const resident: Resident = {
      id: randomUUID(),
      channel,
      channelUserId,
      displayName: init.displayName ?? null,
      locale: null,
      localeSource: null,
    };
    this.residents.set(resident.id, resident);
    return { ...resident };
  }

  async setResidentLocale(residentId: string, locale: Locale, source: LocaleSource): Promise<void> {
    const resident = this.residents.get(residentId);
    if (resident) Object.assign(resident, { locale, localeSource: source });
  }

  async currentConversation(residentId: string): Promise<Conversation | null> {
    const mine = [...this.conversations.values()]
      .filter((c) => c.residentId === residentId)
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
    const latest = mine[0];
    if (!latest) return null;
    if (latest.status !== "closed" || latest.awaiting) return { ...latest };
    return null;
  }

  async createConversation(residentId: string, language: Locale): Promise<Conversation> {
    const now = this.stamp();
    const conversation: Conversation = {
      id: randomUUID(),
      residentId,
      status: "bot",
      priority: "normal",
      language,
      handoffReason: null,
      assignedCounselorId: null,
      awaiting: null,
      clarifyStreak: 0,
      lastEntryId: null,
      topic: null,
      routeLanguage: null,
      offeredToId: null,
      lastResidentAt: null,
      queuedAt: null,
      firstClaimedAt: null,
      claimedAt: null,
      closedAt: null,
      closeReason: null,
      satisfaction: null,
      satisfactionComment: null,
      version: 0,
      createdAt: now,
      updatedAt: now,
    };
    this.conversations.set(conversation.id, conversation);
    return { ...conversation };
  }

  async getConversation(id: string): Promise<Conversation | null> {
    const found = this.conversations.get(id);
    return found ? { ...found } : null;
  }

  async updateConversation(
    id: string,
    patch: ConversationPatch,
    expectedVersion?: number,
  ): Promise<Conversation | null> {
    const found = this.conversations.get(id);
    if (!found) return null;
    if (expectedVersion !== undefined && found.version !== expectedVersion) return null;
    Object.assign(found, patch, { version: found.version + 1, updatedAt: this.stamp() });
    return { ...found };
  }

  async appendMessage(message: NewMessage): Promise<MessageRecord> {
    if (message.externalId && this.messages.some((m) => m.externalId === message.externalId)) {
      throw new Error(`message ${message.externalId} already stored`);
    }
    const record: MessageRecord = {
      id: randomUUID(),
      counselorId: null,
      payload: null,
      language: null,
      entryId: null,
      topic: null,
      confidence: null,
      decision: null,
      externalId: null,
      internal: false,
      delivery: "none",
      deliveryError: null,
      ...message,
      createdAt: this.stamp(),
    };
    this.messages.push(record);
    return { ...record };
  }

  async annotateMessage(
    messageId: string,
    note: Partial<Pick<MessageRecord, "language" | "entryId" | "topic" | "confidence" | "decision">>,
  ): Promise<void> {
    const found = this.messages.find((m) => m.id === messageId);
    if (found) Object.assign(found, note);
  }

  async setDelivery(messageId: string, state: DeliveryState, error?: string): Promise<void> {
    const found = this.messages.find((m) => m.id === messageId);
    if (found) Object.assign(found, { delivery: state, deliveryError: error ?? null });
  }

  async transcript(conversationId: string): Promise<MessageRecord[]> {
    return this.messages.filter((m) => m.conversationId === conversationId).map((m) => ({ ...m }));
  }

  /** Live conversation rows, for the memory handoff store that shares this state. */
  rows(): Conversation[] {
    return [...this.conversations.values()];
  }

  /** The resident row behind a conversation. */
  residentOf(conversationId: string): Resident | undefined {
    const conversation = this.conversations.get(conversationId);
    return conversation ? this.residents.get(conversation.residentId) : undefined;
  }

  async waitingQueue(): Promise<Conversation[]> {
    return [...this.conversations.values()]
      .filter((c) => c.status === "waiting")
      .sort(queueOrder)
      .map((c) => ({ ...c }));
  }
}
