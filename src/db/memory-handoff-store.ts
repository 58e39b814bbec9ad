import { randomUUID } from "node:crypto";
import type { Conversation, Locale } from "../core/index.js";
import type {
  ClaimResult,
  Counselor,
  CounselorPatch,
  HandoffStore,
  NewCounselor,
  OutboxEntry,
  OutboxStore,
  Recipient,
  RecipientDirectory,
} from "../handoff/index.js";
import type { MemoryConversationStore } from "./memory-conversation-store.js";

/** HandoffStore over a MemoryConversationStore's state, for fast tests. */
export class MemoryHandoffStore implements HandoffStore, RecipientDirectory {
  private readonly counselors = new Map<string, Counselor>();

  constructor(private readonly conversations: MemoryConversationStore) {}

  async createCounselor(input: NewCounselor): Promise<Counselor> {
    const { passwordHash: _ignored, ...rest } = input;
    const counselor: Counselor = { id: randomUUID(), available: false, ...rest };
    this.counselors.set(counselor.id, counselor);
    return { ...counselor };
  }

  async updateCounselor(id: string, patch: CounselorPatch): Promise<Counselor | null> {
    const found = this.counselors.get(id);
    if (!found) return null;
    Object.assign(found, patch);
    return { ...found };
  }

  async getCounselor(id: string): Promise<Counselor | null> {
    const found = this.counselors.get(id);
    return found ? { ...found } : null;
  }

  async listCounselors(): Promise<Counselor[]> {
    return [...this.counselors.values()].map((c) => ({ ...c }));
  }

  // Synchronous between the checks and the write, so atomic on Node's single thread.
  async claim(conversationId: string, counselorId: string, now: Date): Promise<ClaimResult> {
    const counselor = this.counselors.get(counselorId);
    const conversation = this.conversations.rows().find((c) => c.id === conversationId);
    if (!counselor || !conversation) return { type: "notFound" };
    if (conversation.status !== "waiting") return { type: "alreadyTaken" };
    const active = this.conversations
      .rows()
      .filter((c) => c.assignedCounselorId === counselorId && c.status === "active");
    if (active.length >= counselor.maxConcurrent) return { type: "atCapacity" };
    Object.assign(conversation, {
      status: "active",
      assignedCounselorId: counselorId,
      claimedAt: now,
      firstClaimedAt: conversation.firstClaimedAt ?? now,
      offeredToId: null,
      version: conversation.version + 1,
    });
    return { type: "claimed", conversation: { ...conversation } };
  }

  async handedOver(from: Date, to: Date): Promise<Conversation[]> {
    return this.conversations
      .rows()
      .filter((c) => c.queuedAt && c.queuedAt >= from && c.queuedAt < to)
      .map((c) => ({ ...c }));
  }

  async recentWaits(since: Date, limit: number): Promise<number[]> {
    return this.conversations
      .rows()
      .filter((c) => c.firstClaimedAt && c.queuedAt && c.firstClaimedAt >= since)
      .sort((a, b) => (b.firstClaimedAt?.getTime() ?? 0) - (a.firstClaimedAt?.getTime() ?? 0))
      .slice(0, limit)
      .map((c) => ((c.firstClaimedAt?.getTime() ?? 0) - (c.queuedAt?.getTime() ?? 0)) / 1000);
  }

  async silentSince(before: Date): Promise<Conversation[]> {
    return this.conversations
      .rows()
      .filter(
        (c) =>
          (c.status === "waiting" || c.status === "active") && c.lastResidentAt && c.lastResidentAt < before,
      )
      .map((c) => ({ ...c }));
  }

  async recipientOf(conversationId: string): Promise<(Recipient & { locale: Locale }) | null> {
    const resident = this.conversations.residentOf(conversationId);
    const conversation = this.conversations.rows().find((c) => c.id === conversationId);
    if (!resident || !conversation) return null;
    return {
      channel: resident.channel,
      channelUserId: resident.channelUserId,
      locale: resident.locale ?? conversation.language,
    };
  }
}

/** OutboxStore in memory. */
export class MemoryOutboxStore implements OutboxStore {
  private readonly entries: (OutboxEntry & {
    state: string;
    nextAttemptAt: number;
    lastError: string | null;
  })[] = [];

  async enqueue(entry: Omit<OutboxEntry, "id" | "attempts">, dueAt: Date): Promise<void> {
    this.entries.push({
      ...entry,
      id: randomUUID(),
      attempts: 0,
      state: "pending",
      nextAttemptAt: dueAt.getTime(),
      lastError: null,
    });
  }

  async lease(now: Date, limit: number, leaseMs: number): Promise<OutboxEntry[]> {
    const due = this.entries
      .filter((e) => e.state === "pending" && e.nextAttemptAt <= now.getTime())
      .slice(0, limit);
    for (const e of due) {
      e.nextAttemptAt = now.getTime() + leaseMs;
      e.attempts++;
    }
    return due.map(({ state: _s, nextAttemptAt: _n, lastError: _l, ...entry }) => ({ ...entry }));
  }

  async markSent(id: string): Promise<void> {
    this.set(id, { state: "sent" });
  }

  async retryAt(id: string, when: Date, error: string): Promise<void> {
    this.set(id, { nextAttemptAt: when.getTime(), lastError: error });
  }

  async markFailed(id: string, error: string): Promise<void> {
    this.set(id, { state: "failed", lastError: error });
  }

  async pendingCount(): Promise<number> {
    return this.entries.filter((e) => e.state === "pending").length;
  }

  private set(id: string, patch: Partial<(typeof this.entries)[number]>): void {
    const found = this.entries.find((e) => e.id === id);
    if (found) Object.assign(found, patch);
  }
}
