import { describe, expect, it } from "vitest";
import { engineHarness } from "../support/engine-harness.js";

describe("Engine: the BOT-state pipeline", () => {
  it("answers a confident FAQ match in the resident's language and asks whether it helped", async () => {
    const h = await engineHarness();
    const result = await h.say("u1", "what are the e7 visa requirements?");
    expect(result.decision).toMatchObject({ type: "answer", topic: "visa.e7.requirements" });
    expect(result.replies[0]?.text).toContain("E-7 needs a related degree");
    expect(result.replies[1]).toMatchObject({ kind: "choices", text: "Was this helpful?" });
    expect(result.replies[1]?.kind === "choices" && result.replies[1].choices.map((c) => c.value)).toEqual([
      "feedback:yes",
      "feedback:no",
      "human",
    ]);
    const transcript = await h.store.transcript(result.conversationId!);
    expect(transcript[0]).toMatchObject({
      direction: "in",
      decision: "answer",
      topic: "visa.e7.requirements",
      language: "en",
    });
    expect(transcript.slice(1).every((m) => m.direction === "out" && m.delivery === "pending")).toBe(true);
  });

  it("detects Korean for a new resident and answers in Korean", async () => {
    const h = await engineHarness({ defaultLocale: "en" });
    const result = await h.say("u2", "E-7 비자 조건이 뭐예요?");
    expect(result.locale).toBe("ko");
    expect(result.decision).toMatchObject({ type: "answer", topic: "visa.e7.requirements" });
    expect(result.replies[0]?.text).toContain("관련 학위");
    expect(result.replies[1]?.text).toBe("도움이 되었나요?");
  });

  it("stores and answers a redelivered event once", async () => {
    const h = await engineHarness();
    const inbound = {
      channel: "test",
      channelUserId: "u3",
      kind: "text" as const,
      text: "minimum wage?",
      externalId: "same",
    };
    const first = await h.engine.handle(inbound);
    const second = await h.engine.handle(inbound);
    expect(first.replies.length).toBeGreaterThan(0);
    expect(second).toMatchObject({ decision: { type: "duplicate" }, replies: [] });
    const transcript = await h.store.transcript(first.conversationId!);
    expect(transcript.filter((m) => m.direction === "in")).toHaveLength(1);
  });

  it("lets a platform's redelivery be processed again when a turn fails midway", async () => {
    const h = await engineHarness();
    const inbound = {
      channel: "test",
      channelUserId: "flaky",
      kind: "text" as const,
      text: "minimum wage?",
      externalId: "ev-1",
    };
    const original = h.store.annotateMessage.bind(h.store);
    h.store.annotateMessage = async () => {
      throw new Error("database went away");
    };
    await expect(h.engine.handle(inbound)).rejects.toThrow("database went away");
    h.store.annotateMessage = original;
    const retried = await h.engine.handle(inbound);
    expect(retried.decision).toMatchObject({ type: "answer", topic: "labor.min_wage" });
  });

  it("hands an explicit request for a person to the queue with the resident's place in line", async () => {
    const h = await engineHarness();
    await h.say("ahead", "I want to talk to a real person please");
    const result = await h.say("u4", "I want to talk to a real person please");
    expect(result.decision).toMatchObject({ type: "handover", reason: "requested", ticket: { position: 2 } });
    expect(h.texts(result.replies)).toContain("You are number 2 in line.");
    expect(h.texts(result.replies)).toContain("You can keep writing");
    const conversation = await h.store.getConversation(result.conversationId!);
    expect(conversation).toMatchObject({ status: "waiting", handoffReason: "requested", priority: "normal" });
  });

  it("files messages while waiting instead of answering, and lets the resident cancel", async () => {
    const h = await engineHarness();
    await h.say("u5", "human please");
    const waiting = await h.say("u5", "what is the minimum wage?");
    expect(waiting.decision).toMatchObject({ type: "relayed", status: "waiting" });
    expect(h.texts(waiting.replies)).toContain("already waiting");
    const cancelled = await h.pick("u5", "cancel");
    expect(cancelled.decision.type).toBe("cancelled");
    expect((await h.store.getConversation(cancelled.conversationId!))?.status).toBe("bot");
    const after = await h.say("u5", "what is the minimum wage?");
    expect(after.decision).toMatchObject({ type: "answer", topic: "labor.min_wage" });
  });

  it("gives emergency numbers first and queues an urgent handover, in any state", async () => {
    const h = await engineHarness();
    const result = await h.say("u6", "help my friend is not breathing");
    expect(result.decision).toMatchObject({ type: "emergency", category: "medical" });
    expect(result.replies[0]?.text).toContain("119");
    expect(result.replies[0]?.text).toContain("112");
    const conversation = await h.store.getConversation(result.conversationId!);
    expect(conversation).toMatchObject({ status: "waiting", priority: "urgent", handoffReason: "emergency" });

    await h.say("u7", "human please");
    const whileWaiting = await h.say("u7", "he has a knife");
    expect(whileWaiting.decision.type).toBe("emergency");
    expect((await h.store.getConversation(whileWaiting.conversationId!))?.priority).toBe("urgent");
    const queue = await h.store.waitingQueue();
    expect(queue[0]?.priority).toBe("urgent");
  });

  it("answers emergencies in Korean with Korean text", async () => {
    const h = await engineHarness();
    const result = await h.say("u8", "남편이 칼 들고 소리질러요");
    expect(result.decision.type).toBe("emergency");
    expect(result.replies[0]?.text).toContain("긴급");
  });

  it("replies briefly to greetings and thanks without a handover", async () => {
    const h = await engineHarness();
    const hello = await h.say("u9", "hello!");
    expect(hello.decision).toEqual({ type: "smalltalk", smalltalk: "hello" });
    const thanks = await h.say("u9", "thank you so much");
    expect(thanks.decision).toEqual({ type: "smalltalk", smalltalk: "thanks" });
    expect((await h.store.getConversation(thanks.conversationId!))?.status).toBe("bot");
    const withQuestion = await h.say("u9", "hi, what is the minimum wage per hour?");
    expect(withQuestion.decision).toMatchObject({ type: "answer", topic: "labor.min_wage" });
  });

  it("hands a personal case to a counselor instead of guessing", async () => {
    const h = await engineHarness();
    const result = await h.say("u10", "my e7 extension was rejected, can you check my case?");
    expect(result.decision).toMatchObject({ type: "handover", reason: "unanswerable" });
  });

  it("hands over a question outside every topic, but first asks a very short one to rephrase", async () => {
    const h = await engineHarness();
    const long = await h.say(
      "u11",
      "my landlord wants to keep the whole deposit because of a scratch on the floor",
    );
    expect(long.decision).toMatchObject({ type: "handover", reason: "unanswerable" });
    const short = await h.say("u12", "zzqx");
    expect(short.decision.type).toBe("retry");
    expect(h.texts(short.replies)).toContain("say it another way");
  });

  it("adds a note when an entry's figure may be out of date", async () => {
    const h = await engineHarness({ now: new Date("2026-11-23T10:00:00+09:00") });
    const result = await h.say("u13", "what is the minimum wage per hour");
    expect(result.decision).toMatchObject({ type: "answer", topic: "labor.min_wage" });
    expect(result.replies[0]?.text).toContain("may have changed");
    // Where to check depends on the topic: the labour ministry for wages.
    expect(result.replies[0]?.text).toContain("1350 / www.moel.go.kr");
    const fresh = await h.say("u13b", "e7 visa requirements");
    expect(fresh.replies[0]?.text).not.toContain("may have changed");
  });

  it("switches language only on a confident detection and says so in the new language", async () => {
    const h = await engineHarness();
    await h.pick("u14", "lang:en");
    const weak = await h.say("u14", "e7 yeu cau");
    expect(weak.locale).toBe("en");
    const korean = await h.say("u14", "최저임금 얼마예요?");
    expect(korean.locale).toBe("ko");
    expect(korean.replies[0]?.text).toBe("좋아요, 이제부터 한국어로 답할게요.");
    expect(korean.decision).toMatchObject({ type: "answer", topic: "labor.min_wage" });
  });

  it("turns 'not helpful' and then 'talk to a counselor' into a handover with that reason", async () => {
    const h = await engineHarness();
    await h.say("u15", "minimum wage 2026");
    const no = await h.pick("u15", "feedback:no");
    expect(no.decision).toEqual({ type: "feedback", helpful: false });
    const human = await h.pick("u15", "human");
    expect(human.decision).toMatchObject({ type: "handover", reason: "notHelpful" });
  });

  it("records a survey rating and comment on a closed conversation", async () => {
    const h = await engineHarness();
    const first = await h.say("u16", "human please");
    await h.store.updateConversation(first.conversationId!, {
      status: "closed",
      closedAt: new Date(),
      awaiting: "surveyRating",
    });
    const rating = await h.pick("u16", "survey:4");
    expect(rating.decision).toEqual({ type: "surveyRating", rating: 4 });
    const comment = await h.say("u16", "Minji was very kind");
    expect(comment.decision).toEqual({ type: "surveyComment", comment: "Minji was very kind" });
    const stored = await h.store.getConversation(first.conversationId!);
    expect(stored).toMatchObject({
      satisfaction: 4,
      satisfactionComment: "Minji was very kind",
      awaiting: null,
    });
    const next = await h.say("u16", "minimum wage?");
    expect(next.conversationId).not.toBe(first.conversationId);
  });

  it("reads only the first part of a huge message, says so, and still stores all of it", async () => {
    const h = await engineHarness({ maxMessageChars: 300 });
    const text = `what is the minimum wage? ${"please ".repeat(2000)}`;
    const result = await h.say("u17", text);
    expect(h.texts(result.replies)).toContain("Your message was very long");
    const transcript = await h.store.transcript(result.conversationId!);
    expect(transcript[0]?.text).toHaveLength(text.length);
  });

  it("welcomes with a language picker on /start and changes language from a button", async () => {
    const h = await engineHarness();
    const start = await h.engine.handle({
      channel: "test",
      channelUserId: "u18",
      kind: "command",
      command: "start",
      platformLocale: "vi-VN",
    });
    expect(start.locale).toBe("vi");
    const picker = start.replies.find((r) => r.kind === "choices");
    expect(picker?.kind === "choices" && picker.choices).toHaveLength(14);
    const changed = await h.pick("u18", "lang:th");
    expect(changed.decision).toEqual({ type: "languageChanged", locale: "th" });
    expect(changed.locale).toBe("th");
  });

  it("answers an entry picked from a clarify or menu button", async () => {
    const h = await engineHarness();
    const result = await h.pick("u19", "entry:e7-req");
    expect(result.decision).toMatchObject({ type: "answer", entryId: "e7-req", explicit: true });
    const stale = await h.pick("u19", "entry:does-not-exist");
    expect(stale.decision).toEqual({ type: "menu" });
  });
});
