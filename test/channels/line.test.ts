import { createServer } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toLine } from "../../src/channels/line/index.js";
import { LINE_SECRET, LINE_TOKEN, type LineFake, lineWebhook, startLineFake } from "../fakes/line.js";
import { appHarness } from "../support/app-harness.js";
import { start } from "../support/processes.js";
import { tempDir } from "../support/temp-dir.js";

const dir = tempDir();
let fake: LineFake;
let app: Awaited<ReturnType<typeof appHarness>>;
let events: ReturnType<typeof lineWebhook>;

beforeAll(async () => {
  fake = await startLineFake();
  events = lineWebhook(fake);
  app = await appHarness(`file:${dir.path}/line.db`, undefined, {
    LINE_CHANNEL_SECRET: LINE_SECRET,
    LINE_CHANNEL_ACCESS_TOKEN: LINE_TOKEN,
    LINE_API_BASE_URL: fake.baseURL,
  });
});
afterAll(async () => {
  await app?.close();
  await fake?.close();
  dir.remove();
});

const post = (body: string, signature?: string) =>
  app.server.inject({
    method: "POST",
    url: "/webhooks/line",
    headers: {
      "content-type": "application/json",
      ...(signature !== undefined ? { "x-line-signature": signature } : {}),
    },
    payload: body,
  });
const send = (...evs: object[]) => {
  const body = events.body(...evs);
  return post(body, events.sign(body));
};
const quick = (m?: { quickReply?: { items: { action: { label: string; data: string } }[] } }) =>
  (m?.quickReply?.items ?? []).map((i) => i.action);

describe("LINE through @line/bot-sdk against the local Messaging API emulator", () => {
  it("follow → language pick → FAQ answer → clarify choice → menu choice → person → counselor reply pushed → close → survey", async () => {
    const user = "U1000000000000000000000000000001";
    const t = app.dari.translator.t;
    fake.profiles.set(user, { displayName: "Somchai", language: "th" });
    expect((await send(events.follow(user))).statusCode).toBe(200);
    let got = fake.received(user);
    expect(got[0]).toMatchObject({ via: "reply", text: expect.stringContaining(t("th", "greeting")) });
    // 14 languages are more than LINE's 13 quick replies: a Flex bubble of buttons instead.
    expect(got.at(-1)).toMatchObject({ type: "flex" });

    await send(events.postback(user, "lang:th"));
    expect(fake.received(user).map((m) => m.text)).toContain(t("th", "languageChanged"));

    const before = fake.received(user).length;
    await send(events.text(user, "ค่าแรงขั้นต่ำปี 2026 ชั่วโมงละเท่าไหร่"));
    got = fake.received(user).slice(before);
    expect(got[0]?.text).toMatch(/10[,.]320/);
    expect(quick(got.at(-1)).map((a) => a.data)).toEqual(["feedback:yes", "feedback:no", "human"]);
    expect(got.every((m) => m.via === "reply")).toBe(true);
    expect(fake.calls.some((c) => c.path === "/v2/bot/chat/loading/start")).toBe(true);

    await send(events.text(user, "health insurance"));
    const clarify = fake.received(user).at(-1)!;
    expect(clarify.text).toBe(t("th", "clarify.prompt"));
    const options = quick(clarify).map((a) => a.data);
    expect(options.filter((v) => v.startsWith("entry:")).length).toBeGreaterThanOrEqual(2);
    await send(events.postback(user, options[0]!));
    expect(quick(fake.received(user).at(-1)).map((a) => a.data)).toContain("feedback:yes");

    await send(events.postback(user, "menu:medical"));
    const entry = quick(fake.received(user).at(-1)).find((a) => a.data.startsWith("entry:"))!;
    expect(entry.label.length).toBeLessThanOrEqual(20);
    await send(events.postback(user, entry.data));
    expect(quick(fake.received(user).at(-1)).map((a) => a.data)).toContain("feedback:yes");

    await send(events.postback(user, "human"));
    expect(
      fake
        .received(user)
        .map((m) => m.text)
        .join("\n"),
    ).toContain(t("th", "handoff.finding"));

    const suda = await app.counselor({ name: "Suda", languages: ["th"] });
    const waiting = await suda.claimFirst();
    await suda.reply(waiting, "สวัสดีค่ะ ดิฉันสุดา");
    const pushed = fake.received(user).filter((m) => m.via === "push");
    expect(pushed.map((m) => m.text)).toContain("สวัสดีค่ะ ดิฉันสุดา");
    const pushCalls = fake.calls.filter((c) => c.path === "/v2/bot/message/push");
    expect(pushCalls.every((c) => typeof c.headers["x-line-retry-key"] === "string")).toBe(true);

    await suda.close(waiting);
    expect(quick(fake.received(user).at(-1)).map((a) => a.data)).toEqual([
      "survey:1",
      "survey:2",
      "survey:3",
      "survey:4",
      "survey:5",
    ]);
    await send(events.postback(user, "survey:4"));
    await send(events.text(user, "ขอบคุณมากค่ะ"));
    expect(fake.received(user).at(-1)?.text).toBe(t("th", "survey.thanks"));
    expect((await app.api("GET", `/conversations/${waiting}`)).json().conversation).toMatchObject({
      satisfaction: 4,
      satisfactionComment: "ขอบคุณมากค่ะ",
    });
  });

  it("rejects a wrong or missing signature with 401 and stores nothing", async () => {
    const before = await app.dari.db.message.count();
    const body = events.body(events.text("U2", "hello"));
    expect((await post(body, events.sign(body, "another-secret"))).statusCode).toBe(401);
    expect((await post(body)).statusCode).toBe(401);
    expect((await post(`${body} `, events.sign(body))).statusCode).toBe(401);
    expect(await app.dari.db.message.count()).toBe(before);
  });

  it("answers malformed JSON with 400, verification requests with 200, and ignores unknown events", async () => {
    const broken = "{ nope";
    expect((await post(broken, events.sign(broken))).statusCode).toBe(400);
    const verify = events.body();
    expect((await post(verify, events.sign(verify))).statusCode).toBe(200);
    expect(
      (
        await send({
          type: "memberJoined",
          mode: "active",
          timestamp: 0,
          webhookEventId: "x1",
          deliveryContext: { isRedelivery: false },
          source: { type: "group", groupId: "G" },
        })
      ).statusCode,
    ).toBe(200);
    expect((await send(events.unfollow("U3"))).statusCode).toBe(200);
  });

  it("stores and answers a redelivered event once", async () => {
    const event = events.text("U4", "What is the minimum wage in 2026?");
    await send(event);
    await send({ ...event, replyToken: fake.issueReplyToken("U4"), deliveryContext: { isRedelivery: true } });
    expect(fake.received("U4").filter((m) => /10[,.]320/.test(m.text ?? ""))).toHaveLength(1);
  });

  it("falls back to push when the reply token is refused", async () => {
    const event = events.text("U5", "hello");
    await send({ ...event, replyToken: "expired-token" });
    expect(fake.received("U5").length).toBeGreaterThan(0);
    expect(fake.received("U5").every((m) => m.via === "push")).toBe(true);
  });

  it("tells the resident what it can read when an image arrives", async () => {
    await send(events.postback("U6", "lang:en"));
    await send(events.image("U6"));
    expect(fake.received("U6").at(-1)?.text).toBe(app.dari.translator.t("en", "attachments.unsupported"));
  });
});

describe("LINE rendering", () => {
  it("splits at 5000 characters and keeps at most 13 quick replies with short labels", () => {
    const pieces = toLine({
      kind: "choices",
      text: "ทดสอบ ".repeat(1500),
      choices: Array.from({ length: 5 }, (_, i) => ({
        label: `A very long question label number ${i}`,
        value: `entry:${i}`,
      })),
    });
    expect(pieces.length).toBe(2);
    expect(pieces.every((p) => p.type === "text" && p.text.length <= 5000)).toBe(true);
    const last = pieces.at(-1) as {
      quickReply?: { items: { action: { label: string; displayText: string } }[] };
    };
    expect(
      last.quickReply?.items.every(
        (i) => i.action.label.length <= 20 && i.action.displayText.startsWith("A very long"),
      ),
    ).toBe(true);
  });
});

describe("npm start with only LINE configured", () => {
  it("answers a correctly signed text webhook through LINE_API_BASE_URL", async () => {
    const port = await new Promise<number>((resolve) => {
      const s = createServer().listen(0, "127.0.0.1", () => {
        const p = (s.address() as { port: number }).port;
        s.close(() => resolve(p));
      });
    });
    const proc = start(process.execPath, ["--import", "tsx", "src/main.ts"], {
      PORT: String(port),
      DATABASE_URL: `file:${dir.path}/line-start.db`,
      LINE_CHANNEL_SECRET: LINE_SECRET,
      LINE_CHANNEL_ACCESS_TOKEN: LINE_TOKEN,
      LINE_API_BASE_URL: fake.baseURL,
    });
    try {
      for (let i = 0; i < 150; i++) {
        if (
          await fetch(`http://127.0.0.1:${port}/healthz`).then(
            (r) => r.ok,
            () => false,
          )
        )
          break;
        await new Promise((r) => setTimeout(r, 100));
      }
      expect(proc.output()).toContain("channels on: line");
      const body = events.body(events.text("U7", "안녕하세요"));
      const res = await fetch(`http://127.0.0.1:${port}/webhooks/line`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-line-signature": events.sign(body) },
        body,
      });
      expect(res.status).toBe(200);
      expect(fake.received("U7")[0]).toMatchObject({ via: "reply", type: "text" });
    } finally {
      const exited = new Promise((resolve) => proc.child.on("exit", resolve));
      proc.child.kill("SIGTERM");
      await exited;
    }
  });
});
