import { afterAll, describe, expect, it } from "vitest";
import type { DatabaseConfig } from "../../src/db/index.js";
import { createDb, migrate, PrismaConversationStore, PrismaHandoffStore } from "../../src/db/index.js";
import { createThrowawayDatabase, postgresAvailable } from "../support/postgres.js";
import { tempDir } from "../support/temp-dir.js";

const CHATS = 50;
const COUNSELORS = 10;
const CAPACITY = 3;

/** 50 waiting chats, 10 counselors of capacity 3, each counselor claiming in a parallel loop. */
async function raceClaims(database: DatabaseConfig) {
  await migrate(database);
  // Two clients, as two app instances would have.
  const dbs = [createDb(database), createDb(database)];
  try {
    const store = new PrismaConversationStore(dbs[0]!);
    const chats: string[] = [];
    for (let i = 0; i < CHATS; i++) {
      const resident = await store.upsertResident("test", `r${i}`, {});
      const c = await store.createConversation(resident.id, "vi");
      await store.updateConversation(c.id, { status: "waiting", queuedAt: new Date(Date.now() - i * 1000) });
      chats.push(c.id);
    }
    const setup = new PrismaHandoffStore(dbs[0]!, database.provider);
    const counselors = [];
    for (let i = 0; i < COUNSELORS; i++) {
      counselors.push(
        await setup.createCounselor({
          email: `c${i}@centre.kr`,
          name: `C${i}`,
          role: "counselor",
          languages: ["vi"],
          maxConcurrent: CAPACITY,
        }),
      );
    }
    const outcomes: { counselor: string; chat: string; result: string }[] = [];
    await Promise.all(
      counselors.map(async (counselor, i) => {
        const handoff = new PrismaHandoffStore(dbs[i % 2]!, database.provider);
        // Every counselor walks the same list in the same order, so they race for the same chats,
        // and keeps going past capacity, so every later claim must be refused.
        for (const chat of chats) {
          const result = await handoff.claim(chat, counselor.id, new Date());
          outcomes.push({ counselor: counselor.id, chat, result: result.type });
        }
      }),
    );
    const rows = await dbs[0]!.conversation.findMany({ where: { id: { in: chats } } });
    return { outcomes, rows, counselors };
  } finally {
    await Promise.all(dbs.map((db) => db.$disconnect()));
  }
}

function checkRace({ outcomes, rows, counselors }: Awaited<ReturnType<typeof raceClaims>>) {
  const wins = outcomes.filter((o) => o.result === "claimed");
  // Every chat claimed at most once, and the winners are exactly the stored assignees.
  expect(new Set(wins.map((w) => w.chat)).size).toBe(wins.length);
  for (const win of wins)
    expect(rows.find((r) => r.id === win.chat)?.assignedCounselorId).toBe(win.counselor);
  // No counselor ever above capacity; all 10 × 3 places get used.
  for (const c of counselors)
    expect(rows.filter((r) => r.assignedCounselorId === c.id).length).toBeLessThanOrEqual(CAPACITY);
  expect(wins.length).toBe(COUNSELORS * CAPACITY);
  expect(rows.filter((r) => r.status === "active")).toHaveLength(COUNSELORS * CAPACITY);
  expect(rows.filter((r) => r.status === "waiting")).toHaveLength(CHATS - COUNSELORS * CAPACITY);
  // The losers were told so, as data.
  expect(outcomes.filter((o) => o.result === "alreadyTaken").length).toBeGreaterThan(COUNSELORS);
  expect(outcomes.filter((o) => o.result === "atCapacity").length).toBeGreaterThan(0);
  expect(outcomes.every((o) => ["claimed", "alreadyTaken", "atCapacity"].includes(o.result))).toBe(true);
}

const pgUp = await postgresAvailable();

describe("atomic claims", () => {
  const dir = tempDir();
  afterAll(() => dir.remove());

  it("on SQLite: one winner per chat, nobody above capacity", async () => {
    checkRace(await raceClaims({ provider: "sqlite", url: `file:${dir.path}/claims.db` }));
  });

  it.skipIf(!pgUp)("on PostgreSQL: one winner per chat, nobody above capacity", async () => {
    const throwaway = await createThrowawayDatabase();
    try {
      checkRace(await raceClaims({ provider: "postgresql", url: throwaway.url }));
    } finally {
      await throwaway.drop();
    }
  });
});
