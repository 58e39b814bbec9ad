import type { OutboundMessage } from "../core/index.js";
import type { OutboxEntry, OutboxStore } from "../handoff/index.js";
import type { Db } from "./client.js";

/** The push outbox in the OutboxItem table. */
export class PrismaOutboxStore implements OutboxStore {
  constructor(private readonly db: Db) {}

  async enqueue(entry: Omit<OutboxEntry, "id" | "attempts">, dueAt: Date): Promise<void> {
    await this.db.outboxItem.create({
      data: {
        conversationId: entry.conversationId,
        messageId: entry.messageId,
        channel: entry.channel,
        recipient: entry.recipient,
        payload: JSON.stringify(entry.payload),
        nextAttemptAt: dueAt,
      },
    });
  }

  async lease(now: Date, limit: number, leaseMs: number): Promise<OutboxEntry[]> {
    const due = await this.db.outboxItem.findMany({
      where: { state: "pending", nextAttemptAt: { lte: now } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: limit,
    });
    const leased: OutboxEntry[] = [];
    for (const row of due) {
      // A conditional update per row: if another instance leased it first, the count is 0.
      const taken = await this.db.outboxItem.updateMany({
        where: { id: row.id, state: "pending", nextAttemptAt: row.nextAttemptAt },
        data: { nextAttemptAt: new Date(now.getTime() + leaseMs), attempts: { increment: 1 } },
      });
      if (taken.count === 1) {
        leased.push({
          id: row.id,
          conversationId: row.conversationId,
          messageId: row.messageId,
          channel: row.channel,
          recipient: row.recipient,
          payload: JSON.parse(row.payload) as OutboundMessage,
          attempts: row.attempts + 1,
        });
      }
    }
    return leased;
  }

  async markSent(id: string): Promise<void> {
    await this.db.outboxItem.update({ where: { id }, data: { state: "sent", lastError: null } });
  }

  async retryAt(id: string, when: Date, error: string): Promise<void> {
    await this.db.outboxItem.update({ where: { id }, data: { nextAttemptAt: when, lastError: error } });
  }

  async markFailed(id: string, error: string): Promise<void> {
    await this.db.outboxItem.update({ where: { id }, data: { state: "failed", lastError: error } });
  }

  async pendingCount(): Promise<number> {
    return this.db.outboxItem.count({ where: { state: "pending" } });
  }
}
