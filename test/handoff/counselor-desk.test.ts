import { describe, expect, it } from "vitest";
import { engineHarness } from "../support/engine-harness.js";

async function setup() {
  const h = await engineHarness();
  const minji = await h.handoffStore.createCounselor({
    email: "minji@centre.kr",
    name: "Minji",
    role: "counselor",
    languages: ["ko", "vi"],
    maxConcurrent: 2,
    available: true,
  });
  const john = await h.handoffStore.createCounselor({
    email: "john@centre.kr",
    name: "John",
    role: "counselor",
    languages: ["en"],
    maxConcurrent: 1,
    available: true,
  });
  return { h, minji, john };
}

const pushedTexts = (h: Awaited<ReturnType<typeof engineHarness>>) => h.pushed.map((p) => p.message.text);

describe("counselor desk", () => {
  it("claims once, announces the counselor in the resident's language, and relays replies both ways", async () => {
    const { h, minji, john } = await setup();
    await h.pick("linh", "lang:vi");
    const queued = await h.pick("linh", "human");
    const id = queued.conversationId!;
    const claim = await h.desk.claim(id, minji.id);
    expect(claim.type).toBe("claimed");
    expect(await h.desk.claim(id, john.id)).toEqual({ type: "alreadyTaken" });
    await h.relay.drain();
    const joined = h.translator.t("vi", "handoff.joined", { name: "Minji", languages: "한국어, Tiếng Việt" });
    expect(pushedTexts(h)).toContain(joined);

    const reply = await h.desk.reply(id, minji.id, "Chào bạn, mình có thể giúp gì?");
    expect(reply.type).toBe("ok");
    await h.relay.drain();
    expect(h.pushed.at(-1)).toEqual({
      recipient: "linh",
      message: { kind: "text", text: "Chào bạn, mình có thể giúp gì?" },
    });

    const inbound = await h.say("linh", "công ty không trả lương 2 tháng");
    expect(inbound.decision).toMatchObject({ type: "relayed", status: "active" });
    expect(inbound.replies).toEqual([]);

    const transcript = await h.desk.transcript(id);
    expect(transcript.type === "ok" && transcript.value.messages.map((m) => m.author)).toEqual(
      expect.arrayContaining(["resident", "bot", "system", "counselor"]),
    );
    const sent =
      transcript.type === "ok" ? transcript.value.messages.filter((m) => m.author === "counselor") : [];
    expect(sent.every((m) => m.delivery === "sent")).toBe(true);
  });

  it("says which language the counselor will use when they do not share the resident's", async () => {
    const { h, john } = await setup();
    await h.pick("somchai", "lang:th");
    const queued = await h.pick("somchai", "human");
    await h.desk.claim(queued.conversationId!, john.id);
    await h.relay.drain();
    expect(pushedTexts(h).join("\n")).toContain(
      h.translator.t("th", "handoff.otherLanguage", { language: "English" }),
    );
  });

  it("never puts a counselor above capacity", async () => {
    const { h, john } = await setup();
    const a = await h.say("a", "human please");
    const b = await h.say("b", "human please");
    expect((await h.desk.claim(a.conversationId!, john.id)).type).toBe("claimed");
    expect(await h.desk.claim(b.conversationId!, john.id)).toEqual({ type: "atCapacity" });
  });

  it("keeps internal notes out of the resident's chat", async () => {
    const { h, minji } = await setup();
    const queued = await h.say("n", "human please");
    await h.desk.claim(queued.conversationId!, minji.id);
    await h.desk.note(queued.conversationId!, minji.id, "Resident seems to be an E-9 worker");
    await h.relay.drain();
    expect(pushedTexts(h).join("\n")).not.toContain("E-9 worker");
    const t = await h.desk.transcript(queued.conversationId!);
    expect(t.type === "ok" && t.value.messages.find((m) => m.internal)?.text).toBe(
      "Resident seems to be an E-9 worker",
    );
  });

  it("inserts an FAQ answer in the resident's language", async () => {
    const { h, minji } = await setup();
    await h.pick("k", "lang:ko");
    const queued = await h.pick("k", "human");
    await h.desk.claim(queued.conversationId!, minji.id);
    expect((await h.desk.insertFaq(queued.conversationId!, minji.id, "min-wage")).type).toBe("ok");
    await h.relay.drain();
    expect(h.pushed.at(-1)?.message.text).toBe("2026년 최저임금은 시간당 10,320원이에요.");
    expect(await h.desk.insertFaq(queued.conversationId!, minji.id, "nope")).toEqual({
      type: "notFound",
      what: "entry",
    });
  });

  it("transfers to a language or a named counselor, and only the assignee may act", async () => {
    const { h, minji, john } = await setup();
    const queued = await h.say("t", "human please");
    const id = queued.conversationId!;
    await h.desk.claim(id, minji.id);
    expect(await h.desk.reply(id, john.id, "hi")).toEqual({ type: "notAssigned" });
    expect((await h.desk.transfer(id, minji.id, { counselorId: john.id })).type).toBe("ok");
    expect((await h.desk.queue(minji.id)).find((q) => q.conversation.id === id)?.offeredToMe).toBe(false);
    expect((await h.desk.queue(john.id)).find((q) => q.conversation.id === id)?.offeredToMe).toBe(true);
    expect((await h.desk.claimNext(john.id)).type).toBe("claimed");
    await h.relay.drain();
    expect(pushedTexts(h)).toContain(h.translator.t("en", "handoff.transferred"));
  });

  it("closes with a reason, sends the survey, and the resident's rating is stored", async () => {
    const { h, minji } = await setup();
    await h.pick("s", "lang:ko");
    const queued = await h.pick("s", "human");
    const id = queued.conversationId!;
    await h.desk.claim(id, minji.id);
    const closed = await h.desk.close(id, minji.id, "answered");
    expect(closed.type === "ok" && closed.value).toMatchObject({
      status: "closed",
      closeReason: "answered",
      awaiting: "surveyRating",
    });
    await h.relay.drain();
    expect(h.pushed.at(-1)?.message).toMatchObject({
      kind: "notice",
      notice: "survey",
      text: h.translator.t("ko", "survey.prompt"),
    });
    const rated = await h.pick("s", "survey:5");
    expect(rated.decision).toEqual({ type: "surveyRating", rating: 5 });
    await h.pick("s", "survey:skip");
    expect(await h.store.getConversation(id)).toMatchObject({ satisfaction: 5, awaiting: null });
  });

  it("auto-closes a chat whose resident went silent, with a notice", async () => {
    const { h } = await setup();
    const queued = await h.say("quiet", "human please");
    h.setNow(new Date("2026-11-23T12:00:00+09:00"));
    expect(await h.desk.autoCloseSilent(60 * 60_000)).toBe(1);
    expect((await h.store.getConversation(queued.conversationId!))?.closeReason).toBe("residentSilent");
    await h.relay.drain();
    expect(pushedTexts(h)).toContain(h.translator.t("en", "handoff.autoClosed"));
  });

  it("tells a resident the wait from recent history once there is some", async () => {
    const { h, minji } = await setup();
    const first = await h.say("w1", "human please");
    expect(first.decision).toMatchObject({ ticket: { estimatedWaitMinutes: null } });
    h.setNow(new Date("2026-11-23T10:10:00+09:00"));
    await h.desk.claim(first.conversationId!, minji.id);
    const second = await h.say("w2", "human please");
    expect(second.decision).toMatchObject({ ticket: { position: 1, estimatedWaitMinutes: 5 } });
    expect(h.texts(second.replies)).toContain("about 5 minutes");
  });
});
