import type { Conversation, Locale } from "../core/index.js";
import type {
  ClaimResult,
  Counselor,
  CounselorPatch,
  HandoffStore,
  NewCounselor,
  Recipient,
  RecipientDirectory,
  Role,
} from "../handoff/index.js";
import type { Db } from "./client.js";
import type { Counselor as CounselorRow } from "./generated/sqlite/client.js";
import { toConversation } from "./rows.js";

function toCounselor(row: CounselorRow): Counselor {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role as Role,
    languages: JSON.parse(row.languages) as Locale[],
    maxConcurrent: row.maxConcurrent,
    available: row.available,
  };
}

/** Counselors and atomic claims on SQLite or PostgreSQL. */
export class PrismaHandoffStore implements HandoffStore, RecipientDirectory {
  constructor(
    private readonly db: Db,
    private readonly provider: "sqlite" | "postgresql",
  ) {}

  async createCounselor(input: NewCounselor): Promise<Counselor> {
    const { languages, ...rest } = input;
    return toCounselor(
      await this.db.counselor.create({ data: { ...rest, languages: JSON.stringify(languages) } }),
    );
  }

  async updateCounselor(id: string, patch: CounselorPatch): Promise<Counselor | null> {
    const { languages, ...rest } = patch;
    const result = await this.db.counselor.updateMany({
      where: { id },
      data: { ...rest, ...(languages ? { languages: JSON.stringify(languages) } : {}) },
    });
    return result.count ? this.getCounselor(id) : null;
  }

  async getCounselor(id: string): Promise<Counselor | null> {
    const row = await this.db.counselor.findUnique({ where: { id } });
    return row ? toCounselor(row) : null;
  }

  async listCounselors(): Promise<Counselor[]> {
    return (await this.db.counselor.findMany({ orderBy: { name: "asc" } })).map(toCounselor);
  }

  async claim(conversationId: string, counselorId: string, now: Date): Promise<ClaimResult> {
    const won =
      this.provider === "postgresql"
        ? await this.claimPostgres(conversationId, counselorId)
        : await this.claimSqlite(conversationId, counselorId);
    if (!won) return this.whyNot(conversationId, counselorId);
    const existing = await this.db.conversation.findUniqueOrThrow({ where: { id: conversationId } });
    // The row is ours now; stamping the times separately cannot race with another claim.
    const row = await this.db.conversation.update({
      where: { id: conversationId },
      data: { claimedAt: now, firstClaimedAt: existing.firstClaimedAt ?? now },
    });
    return { type: "claimed", conversation: toConversation(row) };
  }

  // One statement: SQLite takes the write lock for it, so the capacity check and the assignment
  // cannot interleave with another claim (two deferred transactions would deadlock instead).
  private async claimSqlite(conversationId: string, counselorId: string): Promise<boolean> {
    const changed = await this.db.$executeRawUnsafe(
      `UPDATE "Conversation" SET "status" = 'active', "assignedCounselorId" = ?, "offeredToId" = NULL, "version" = "version" + 1
       WHERE "id" = ? AND "status" = 'waiting'
         AND (SELECT COUNT(*) FROM "Conversation" WHERE "assignedCounselorId" = ? AND "status" = 'active')
           < (SELECT "maxConcurrent" FROM "Counselor" WHERE "id" = ?)`,
      counselorId,
      conversationId,
      counselorId,
      counselorId,
    );
    return changed === 1;
  }

  // PostgreSQL: the counselor row lock makes one counselor's parallel claims count capacity one
  // at a time; the status condition leaves a concurrent loser nothing to update.
  private async claimPostgres(conversationId: string, counselorId: string): Promise<boolean> {
    return this.db.$transaction(async (tx) => {
      const locked = await tx.$queryRawUnsafe<{ maxConcurrent: number }[]>(
        `SELECT "maxConcurrent" FROM "Counselor" WHERE id = $1 FOR UPDATE`,
        counselorId,
      );
      const capacity = locked[0]?.maxConcurrent;
      if (capacity === undefined) return false;
      const active = await tx.conversation.count({
        where: { assignedCounselorId: counselorId, status: "active" },
      });
      if (active >= capacity) return false;
      const won = await tx.conversation.updateMany({
        where: { id: conversationId, status: "waiting" },
        data: {
          status: "active",
          assignedCounselorId: counselorId,
          offeredToId: null,
          version: { increment: 1 },
        },
      });
      return won.count === 1;
    });
  }

  private async whyNot(conversationId: string, counselorId: string): Promise<ClaimResult> {
    const [counselor, conversation] = await Promise.all([
      this.db.counselor.findUnique({ where: { id: counselorId } }),
      this.db.conversation.findUnique({ where: { id: conversationId } }),
    ]);
    if (!counselor || !conversation) return { type: "notFound" };
    if (conversation.status !== "waiting") return { type: "alreadyTaken" };
    return { type: "atCapacity" };
  }

  async handedOver(from: Date, to: Date): Promise<Conversation[]> {
    const rows = await this.db.conversation.findMany({ where: { queuedAt: { gte: from, lt: to } } });
    return rows.map(toConversation);
  }

  async recentWaits(since: Date, limit: number): Promise<number[]> {
    const rows = await this.db.conversation.findMany({
      where: { firstClaimedAt: { gte: since }, queuedAt: { not: null } },
      orderBy: { firstClaimedAt: "desc" },
      take: limit,
      select: { queuedAt: true, firstClaimedAt: true },
    });
    return rows.map((r) =>
      Math.max(0, ((r.firstClaimedAt?.getTime() ?? 0) - (r.queuedAt?.getTime() ?? 0)) / 1000),
    );
  }

  async silentSince(before: Date): Promise<Conversation[]> {
    const rows = await this.db.conversation.findMany({
      where: { status: { in: ["waiting", "active"] }, lastResidentAt: { lt: before } },
    });
    return rows.map(toConversation);
  }

  async recipientOf(conversationId: string): Promise<(Recipient & { locale: Locale }) | null> {
    const row = await this.db.conversation.findUnique({
      where: { id: conversationId },
      include: { resident: true },
    });
    if (!row) return null;
    return {
      channel: row.resident.channel,
      channelUserId: row.resident.channelUserId,
      locale: (row.resident.locale ?? row.language) as Locale,
    };
  }
}
