import {
  ChannelError,
  type Clock,
  type ConversationStore,
  type MessageRecord,
  type OutboundMessage,
  type PushSender,
} from "../core/index.js";

export interface OutboxEntry {
  id: string;
  conversationId: string | null;
  messageId: string | null;
  channel: string;
  recipient: string;
  payload: OutboundMessage;
  attempts: number;
}

/** Durable queue of messages to push to residents (implemented in db/). */
export interface OutboxStore {
  /** Queues an entry due at `dueAt` (the relay's clock, not the database's: they may differ). */
  enqueue(entry: Omit<OutboxEntry, "id" | "attempts">, dueAt: Date): Promise<void>;
  /** Leases due entries to this caller (another instance never gets the same entry meanwhile). */
  lease(now: Date, limit: number, leaseMs: number): Promise<OutboxEntry[]>;
  markSent(id: string): Promise<void>;
  retryAt(id: string, when: Date, error: string): Promise<void>;
  markFailed(id: string, error: string): Promise<void>;
  pendingCount(): Promise<number>;
}

export interface Recipient {
  channel: string;
  channelUserId: string;
}

const MAX_ATTEMPTS = 6;
const LEASE_MS = 60_000;
const BATCH = 50;

/**
 * Messages from counselors and the system to a resident: stored first, then pushed through the
 * resident's channel from a durable outbox, retried on a platform's 429 or 5xx, never twice.
 */
export class Relay {
  private timer: NodeJS.Timeout | undefined;
  private draining: Promise<number> | undefined;
  private rerun: Promise<number> | undefined;

  constructor(
    private readonly store: ConversationStore,
    private readonly outbox: OutboxStore,
    private readonly senders: ReadonlyMap<string, PushSender>,
    private readonly clock: Clock,
    private readonly onError: (
      error: unknown,
      context: { entryId?: string; channel?: string },
    ) => void = () => {},
  ) {}

  /** Stores the messages in the transcript and queues them for delivery. */
  async send(
    conversationId: string,
    recipient: Recipient,
    messages: OutboundMessage[],
    author: { author: "counselor" | "system" | "bot"; counselorId?: string; language?: string | null },
  ): Promise<MessageRecord[]> {
    const records: MessageRecord[] = [];
    for (const message of messages) {
      const record = await this.store.appendMessage({
        conversationId,
        direction: "out",
        author: author.author,
        counselorId: author.counselorId ?? null,
        kind: message.kind,
        text: message.text,
        payload: message.kind === "text" ? null : message,
        language: (author.language ?? null) as MessageRecord["language"],
        delivery: "pending",
      });
      await this.outbox.enqueue(
        {
          conversationId,
          messageId: record.id,
          channel: recipient.channel,
          recipient: recipient.channelUserId,
          payload: message,
        },
        this.clock.now(),
      );
      records.push(record);
    }
    void this.kick();
    return records;
  }

  /** Delivers what is due now; returns how many entries it handled. */
  drain(): Promise<number> {
    // One drain at a time per process keeps a resident's messages in order; a request that
    // arrives meanwhile runs once more afterwards, so an entry queued mid-drain is not left behind.
    if (this.draining) {
      this.rerun ??= this.draining.then(() => {
        this.rerun = undefined;
        return this.drain();
      });
      return this.rerun;
    }
    this.draining = this.drainOnce().finally(() => {
      this.draining = undefined;
    });
    return this.draining;
  }

  private async kick(): Promise<void> {
    try {
      await this.drain();
    } catch (error) {
      this.onError(error, {});
    }
  }

  private async drainOnce(): Promise<number> {
    let handled = 0;
    for (;;) {
      const entries = await this.outbox.lease(this.clock.now(), BATCH, LEASE_MS);
      for (const entry of entries) await this.deliver(entry);
      handled += entries.length;
      if (entries.length < BATCH) return handled;
    }
  }

  private async deliver(entry: OutboxEntry): Promise<void> {
    const sender = this.senders.get(entry.channel);
    if (!sender) {
      await this.fail(
        entry,
        `DARI_CHANNEL_NO_PUSH: the ${entry.channel} channel cannot deliver messages outside a reply`,
      );
      return;
    }
    try {
      await sender(entry.recipient, entry.payload, { idempotencyKey: entry.id });
      await this.outbox.markSent(entry.id);
      if (entry.messageId) await this.store.setDelivery(entry.messageId, "sent");
    } catch (error) {
      this.onError(error, { entryId: entry.id, channel: entry.channel });
      const message = error instanceof Error ? error.message : String(error);
      const retryable = error instanceof ChannelError ? error.retryable : true;
      if (!retryable || entry.attempts >= MAX_ATTEMPTS) {
        await this.fail(entry, message);
        return;
      }
      const backoff =
        error instanceof ChannelError && error.retryAfterMs ? error.retryAfterMs : 1000 * 2 ** entry.attempts;
      await this.outbox.retryAt(entry.id, new Date(this.clock.now().getTime() + backoff), message);
    }
  }

  private async fail(entry: OutboxEntry, error: string): Promise<void> {
    await this.outbox.markFailed(entry.id, error);
    if (entry.messageId) await this.store.setDelivery(entry.messageId, "failed", error);
  }

  /** Drains every `intervalMs` until stop(). */
  start(intervalMs = 1000): void {
    this.timer ??= setInterval(() => void this.kick(), intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.draining;
  }
}
