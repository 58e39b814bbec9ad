import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ConversationStore } from "../../src/core/index.js";

export interface StoreHarness {
  store: ConversationStore;
  close(): Promise<void>;
}

/** The behaviour every ConversationStore must have; run against memory, SQLite and PostgreSQL. */
export function conversationStoreContract(
  name: string,
  open: () => Promise<StoreHarness>,
  skip = false,
): void {
  describe.skipIf(skip)(`ConversationStore contract: ${name}`, () => {
    let harness: StoreHarness;
    let store: ConversationStore;
    beforeAll(async () => {
      harness = await open();
      store = harness.store;
    });
    afterAll(async () => harness?.close());

    it("records an event key once and reports the redelivery", async () => {
      expect(await store.markProcessed("telegram:1001")).toBe(true);
      expect(await store.markProcessed("telegram:1001")).toBe(false);
      expect(await store.markProcessed("line:1001")).toBe(true);
    });

    it("forgets a released event so its redelivery is processed, and frees the message's id", async () => {
      const resident = await store.upsertResident("test", "release", {});
      const c = await store.createConversation(resident.id, "en");
      expect(await store.markProcessed("line:ev-9")).toBe(true);
      const m = await store.appendMessage({
        conversationId: c.id,
        direction: "in",
        author: "resident",
        kind: "text",
        text: "x",
        externalId: "line:ev-9",
      });
      await store.releaseEvent("line:ev-9", m.id);
      expect(await store.markProcessed("line:ev-9")).toBe(true);
      await store.appendMessage({
        conversationId: c.id,
        direction: "in",
        author: "resident",
        kind: "text",
        text: "x",
        externalId: "line:ev-9",
      });
      expect((await store.transcript(c.id)).map((r) => r.externalId)).toEqual([null, "line:ev-9"]);
    });

    it("upserts residents by channel and channel user id", async () => {
      const a = await store.upsertResident("telegram", "u1", { displayName: "Linh" });
      const again = await store.upsertResident("telegram", "u1", {});
      const other = await store.upsertResident("line", "u1", {});
      expect(again.id).toBe(a.id);
      expect(again.displayName).toBe("Linh");
      expect(other.id).not.toBe(a.id);
      expect(a.locale).toBeNull();
      await store.setResidentLocale(a.id, "vi", "chosen");
      const reread = await store.upsertResident("telegram", "u1", {});
      expect(reread.locale).toBe("vi");
      expect(reread.localeSource).toBe("chosen");
    });

    it("creates, finds and updates the current conversation with optimistic versions", async () => {
      const resident = await store.upsertResident("cli", "conv-1", {});
      expect(await store.currentConversation(resident.id)).toBeNull();
      const created = await store.createConversation(resident.id, "ko");
      expect(created).toMatchObject({
        status: "bot",
        priority: "normal",
        language: "ko",
        version: 0,
        clarifyStreak: 0,
      });
      expect((await store.currentConversation(resident.id))?.id).toBe(created.id);

      const updated = await store.updateConversation(
        created.id,
        { status: "waiting", queuedAt: new Date() },
        0,
      );
      expect(updated?.status).toBe("waiting");
      expect(updated?.version).toBe(1);
      expect(await store.updateConversation(created.id, { status: "bot" }, 0)).toBeNull();
      expect((await store.getConversation(created.id))?.status).toBe("waiting");
    });

    it("keeps a closed conversation current only while it awaits the survey", async () => {
      const resident = await store.upsertResident("cli", "conv-2", {});
      const c = await store.createConversation(resident.id, "en");
      await store.updateConversation(c.id, {
        status: "closed",
        closedAt: new Date(),
        awaiting: "surveyRating",
      });
      expect((await store.currentConversation(resident.id))?.id).toBe(c.id);
      await store.updateConversation(c.id, { awaiting: null, satisfaction: 4 });
      expect(await store.currentConversation(resident.id)).toBeNull();
      expect((await store.getConversation(c.id))?.satisfaction).toBe(4);
    });

    it("stores messages in order with payload, annotations and delivery state", async () => {
      const resident = await store.upsertResident("cli", "conv-3", {});
      const c = await store.createConversation(resident.id, "en");
      const first = await store.appendMessage({
        conversationId: c.id,
        direction: "in",
        author: "resident",
        kind: "text",
        text: "hello",
        externalId: "cli:ext-1",
      });
      const outs = [];
      for (let i = 0; i < 5; i++) {
        outs.push(
          await store.appendMessage({
            conversationId: c.id,
            direction: "out",
            author: "bot",
            kind: "choices",
            text: `reply ${i}`,
            payload: { choices: [{ label: "Yes", value: "feedback:yes" }] },
            delivery: "pending",
          }),
        );
      }
      await store.annotateMessage(first.id, {
        decision: "answer",
        topic: "labor.min_wage",
        confidence: 0.9,
        language: "en",
      });
      await store.setDelivery(outs[0]!.id, "sent");
      await store.setDelivery(outs[1]!.id, "failed", "429 Too Many Requests");
      const transcript = await store.transcript(c.id);
      expect(transcript.map((m) => m.text)).toEqual([
        "hello",
        "reply 0",
        "reply 1",
        "reply 2",
        "reply 3",
        "reply 4",
      ]);
      expect(transcript[0]).toMatchObject({
        decision: "answer",
        topic: "labor.min_wage",
        confidence: 0.9,
        language: "en",
      });
      expect(transcript[1]).toMatchObject({
        delivery: "sent",
        payload: { choices: [{ label: "Yes", value: "feedback:yes" }] },
      });
      expect(transcript[2]).toMatchObject({ delivery: "failed", deliveryError: "429 Too Many Requests" });
      await expect(
        store.appendMessage({
          conversationId: c.id,
          direction: "in",
          author: "resident",
          kind: "text",
          text: "dup",
          externalId: "cli:ext-1",
        }),
      ).rejects.toThrow();
    });

    it("orders the waiting queue urgent first, then by time queued", async () => {
      const before = (await store.waitingQueue()).length;
      const make = async (user: string, priority: "normal" | "urgent", queuedAt: Date) => {
        const r = await store.upsertResident("cli", user, {});
        const c = await store.createConversation(r.id, "en");
        await store.updateConversation(c.id, { status: "waiting", priority, queuedAt });
        return c.id;
      };
      const t = Date.now();
      const a = await make("q-a", "normal", new Date(t - 30_000));
      const b = await make("q-b", "urgent", new Date(t - 10_000));
      const d = await make("q-d", "normal", new Date(t - 60_000));
      const queue = (await store.waitingQueue()).map((c) => c.id).filter((id) => [a, b, d].includes(id));
      expect(queue).toEqual([b, d, a]);
      expect((await store.waitingQueue()).length).toBe(before + 3);
    });
  });
}
