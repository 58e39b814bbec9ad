import { afterAll, describe, expect, it } from "vitest";
import { appHarness, CONSOLE_TOKEN } from "../support/app-harness.js";
import { tempDir } from "../support/temp-dir.js";

const dir = tempDir();
afterAll(() => dir.remove());

describe("a resident reaches a counselor who works only through the HTTP API", () => {
  it("ask → cannot answer → place in line → counselor joins → reply relayed → close → survey", async () => {
    const app = await appHarness(`file:${dir.path}/handoff.db`);
    try {
      const t = app.dari.translator.t;
      const resident = (text: string) =>
        app.dari.engine.handle({
          channel: "test",
          channelUserId: "lan",
          kind: "text",
          text,
          platformLocale: "vi",
        });
      const choose = (value: string) =>
        app.dari.engine.handle({ channel: "test", channelUserId: "lan", kind: "choice", value });

      const counselor = await app.api("POST", "/counselors", undefined, {
        email: "minji@centre.kr",
        name: "Minji",
        languages: ["ko", "vi"],
        maxConcurrent: 3,
        available: true,
      });
      expect(counselor.statusCode).toBe(201);
      const minji = counselor.json().id as string;

      await choose("lang:vi");
      const asked = await resident("Tôi muốn nói chuyện với nhân viên tư vấn");
      expect(asked.decision).toMatchObject({ type: "handover", reason: "requested" });
      const notice = asked.replies.map((r) => r.text).join("\n");
      expect(notice).toContain(t("vi", "handoff.finding"));
      expect(notice).toContain(t("vi", "handoff.positionNext"));
      expect(notice).toContain(t("vi", "handoff.waitShortly"));

      const queue = await app.api("GET", "/queue", minji);
      expect(queue.json()).toEqual([
        expect.objectContaining({ id: asked.conversationId, position: 1, offeredToMe: true, language: "vi" }),
      ]);

      const claimed = await app.api("POST", `/conversations/${asked.conversationId}/claim`, minji);
      expect(claimed.statusCode).toBe(200);
      const again = await app.api("POST", `/conversations/${asked.conversationId}/claim`, minji);
      expect(again.statusCode).toBe(409);
      expect(again.json()).toEqual({ type: "alreadyTaken" });

      const waiting = await resident("Chủ nhà không trả lại tiền cọc cho tôi");
      expect(waiting.replies).toEqual([]);

      const replied = await app.api("POST", `/conversations/${asked.conversationId}/reply`, minji, {
        text: "Chào bạn, mình là Minji.",
      });
      expect(replied.statusCode).toBe(200);
      const closed = await app.api("POST", `/conversations/${asked.conversationId}/close`, minji, {
        reason: "answered",
      });
      expect(closed.json()).toMatchObject({ status: "closed", closeReason: "answered" });
      await app.dari.relay.drain();

      expect(app.pushed.map((p) => p.message.text)).toEqual([
        t("vi", "handoff.joined", { name: "Minji", languages: "한국어, Tiếng Việt" }),
        "Chào bạn, mình là Minji.",
        t("vi", "handoff.closed"),
        t("vi", "survey.prompt"),
      ]);
      expect(app.pushed.every((p) => p.recipient === "lan")).toBe(true);

      expect((await choose("survey:4")).decision).toEqual({ type: "surveyRating", rating: 4 });
      expect((await resident("Cảm ơn chị Minji nhiều")).decision).toMatchObject({ type: "surveyComment" });

      const transcript = await app.api("GET", `/conversations/${asked.conversationId}`, minji);
      const body = transcript.json();
      expect(body.conversation).toMatchObject({
        satisfaction: 4,
        satisfactionComment: "Cảm ơn chị Minji nhiều",
      });
      expect(body.messages.map((m: { author: string }) => m.author)).toEqual(
        expect.arrayContaining(["resident", "bot", "system", "counselor"]),
      );
      const report = await app.api("GET", "/reports?from=2026-11-01&to=2026-12-01");
      expect(report.json().byLanguage.vi).toMatchObject({
        conversations: 1,
        claimed: 1,
        averageSatisfaction: 4,
      });
    } finally {
      await app.close();
    }
  });

  it("delivers a counselor's reply on the app's clock, however far it is from the database's", async () => {
    // The outbox used to take its due time from the database's now(): with the app's clock in
    // the past, nothing was ever due and every counselor message sat in the outbox.
    const app = await appHarness(`file:${dir.path}/clock.db`, new Date("2020-03-02T10:00:00+09:00"));
    try {
      await app.dari.engine.handle({
        channel: "test",
        channelUserId: "early",
        kind: "text",
        text: "I want to talk to a real person please",
      });
      const minji = await app.counselor({ name: "Minji", languages: ["en"] });
      const chat = await minji.claimFirst();
      await minji.reply(chat, "Hello, this is Minji.");
      expect(app.pushed.map((p) => p.message.text)).toContain("Hello, this is Minji.");
    } finally {
      await app.close();
    }
  });

  it("streams live events to the console over server-sent events", async () => {
    const app = await appHarness(`file:${dir.path}/events.db`);
    const address = await app.server.listen({ port: 0, host: "127.0.0.1" });
    const abort = new AbortController();
    try {
      const response = await fetch(`${address}/api/console/events`, {
        headers: { authorization: `Bearer ${CONSOLE_TOKEN}` },
        signal: abort.signal,
      });
      expect(response.headers.get("content-type")).toContain("text/event-stream");
      const reader = response.body!.getReader();
      await app.dari.engine.handle({
        channel: "test",
        channelUserId: "sse",
        kind: "text",
        text: "I want to talk to a real person please",
      });
      let received = "";
      while (!received.includes("event: chatWaiting")) {
        const { value, done } = await reader.read();
        if (done) break;
        received += new TextDecoder().decode(value);
      }
      expect(received).toContain("event: chatWaiting");
      expect(received).toMatch(/"reason":"requested"/);
    } finally {
      abort.abort();
      await app.close();
    }
  });

  it("refuses requests without the bearer token and validates input", async () => {
    const app = await appHarness(`file:${dir.path}/auth.db`);
    try {
      const anonymous = await app.server.inject({ method: "GET", url: "/api/console/queue" });
      expect(anonymous.statusCode).toBe(401);
      const wrong = await app.server.inject({
        method: "GET",
        url: "/api/console/queue",
        headers: { authorization: "Bearer nope" },
      });
      expect(wrong.statusCode).toBe(401);
      const bad = await app.api("POST", "/counselors", undefined, {
        email: "not-an-email",
        name: "",
        languages: ["xx"],
      });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error).toBe("DARI_CONSOLE_BAD_INPUT");
      const noActor = await app.api("POST", "/conversations/x/claim");
      expect(noActor.statusCode).toBe(400);
      expect(CONSOLE_TOKEN.length).toBeGreaterThan(16);
    } finally {
      await app.close();
    }
  });
});
