import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toTelegram } from "../../src/channels/telegram/index.js";
import { BOT_TOKEN, startTelegramFake, type TelegramFake, updates } from "../fakes/telegram.js";
import { appHarness } from "../support/app-harness.js";
import { tempDir } from "../support/temp-dir.js";
import { waitFor } from "../support/wait-for.js";

const SECRET = "telegram-webhook-secret";
const dir = tempDir();
let fake: TelegramFake;
let app: Awaited<ReturnType<typeof appHarness>>;

beforeAll(async () => {
  fake = await startTelegramFake();
  app = await appHarness(`file:${dir.path}/telegram.db`, undefined, {
    TELEGRAM_BOT_TOKEN: BOT_TOKEN,
    TELEGRAM_MODE: "webhook",
    TELEGRAM_WEBHOOK_SECRET: SECRET,
    TELEGRAM_API_ROOT: fake.apiRoot,
    TELEGRAM_THROTTLE: "false",
    ALERT_TELEGRAM_CHAT_ID: "-100200300",
  });
});
afterAll(async () => {
  await app?.close();
  await fake?.close();
  dir.remove();
});

const deliver = (update: object, secret = SECRET) =>
  app.server.inject({
    method: "POST",
    url: "/webhooks/telegram",
    headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": secret },
    payload: JSON.stringify(update),
  });
const buttons = (m?: { reply_markup?: { inline_keyboard: { text: string; callback_data: string }[][] } }) =>
  (m?.reply_markup?.inline_keyboard ?? []).flat();

describe("Telegram through grammY against the local Bot API emulator", () => {
  it("new user → language pick → FAQ answer → clarify choice → person → counselor reply → close → survey", async () => {
    const user = 7001;
    const t = app.dari.translator.t;
    expect((await deliver(updates.text(user, "/start", "vi"))).statusCode).toBe(200);
    let sent = fake.sent(user);
    expect(sent[0]?.text).toContain(t("vi", "greeting"));
    const languages = buttons(sent.at(-1));
    expect(languages).toHaveLength(14);
    expect(languages).toContainEqual({ text: "Tiếng Việt", callback_data: "lang:vi" });

    await deliver(updates.callback(user, "lang:vi"));
    expect(fake.sent(user).map((m) => m.text)).toContain(t("vi", "languageChanged"));
    expect(fake.calls.some((c) => c.path.endsWith("/answerCallbackQuery"))).toBe(true);

    const before = fake.sent(user).length;
    await deliver(updates.text(user, "lương tối thiểu năm 2026 một giờ là bao nhiêu?"));
    sent = fake.sent(user).slice(before);
    expect(sent[0]?.text).toMatch(/10[.,]320/);
    expect(buttons(sent.at(-1)).map((b) => b.callback_data)).toEqual([
      "feedback:yes",
      "feedback:no",
      "human",
    ]);

    const beforeClarify = fake.sent(user).length;
    await deliver(updates.text(user, "health insurance"));
    const clarify = fake.sent(user).slice(beforeClarify).at(-1)!;
    expect(clarify.text).toBe(t("vi", "clarify.prompt"));
    const options = buttons(clarify).map((b) => b.callback_data);
    expect(options.filter((v) => v.startsWith("entry:")).length).toBeGreaterThanOrEqual(2);
    expect(options.at(-1)).toBe("human");
    await deliver(updates.callback(user, options[0]!));
    expect(buttons(fake.sent(user).at(-1)).map((b) => b.callback_data)).toContain("feedback:yes");

    // A menu button offers entries; picking one answers it.
    await deliver(updates.callback(user, "menu:visa"));
    const menu = fake.sent(user).at(-1)!;
    const entry = buttons(menu).find((b) => b.callback_data.startsWith("entry:"))!;
    const beforeEntry = fake.sent(user).length;
    await deliver(updates.callback(user, entry.callback_data));
    expect(fake.sent(user).length).toBeGreaterThan(beforeEntry);
    expect(buttons(fake.sent(user).at(-1)).map((b) => b.callback_data)).toContain("feedback:yes");

    await deliver(updates.callback(user, "human"));
    expect(fake.sent(user).at(-1)?.text).toContain(t("vi", "handoff.finding"));

    const minji = await app.counselor({ name: "Minji", languages: ["vi", "ko"] });
    const waiting = await minji.claimFirst();
    await minji.reply(waiting, "Chào bạn, mình là Minji <b>&</b>");
    expect(fake.sent(user).map((m) => m.text)).toContain("Chào bạn, mình là Minji <b>&</b>");
    // Plain text: no parse_mode, so resident-visible markup is never interpreted.
    expect(
      fake.calls
        .filter((c) => c.path.endsWith("/sendMessage"))
        .every((c) => !(c.body as object as { parse_mode?: string }).parse_mode),
    ).toBe(true);

    await minji.close(waiting);
    const survey = fake.sent(user).at(-1)!;
    expect(survey.text).toBe(t("vi", "survey.prompt"));
    expect(buttons(survey).map((b) => b.callback_data)).toEqual([
      "survey:1",
      "survey:2",
      "survey:3",
      "survey:4",
      "survey:5",
    ]);
    await deliver(updates.callback(user, "survey:5"));
    await deliver(updates.callback(user, "survey:skip"));
    expect(fake.sent(user).at(-1)?.text).toBe(t("vi", "survey.thanks"));
    const transcript = (await app.api("GET", `/conversations/${waiting}`)).json();
    expect(transcript.conversation.satisfaction).toBe(5);
  });

  it("rejects a wrong or missing secret with 401 and stores nothing", async () => {
    const before = await app.dari.db.message.count();
    expect((await deliver(updates.text(7002, "hello"), "wrong")).statusCode).toBe(401);
    const missing = await app.server.inject({
      method: "POST",
      url: "/webhooks/telegram",
      payload: JSON.stringify(updates.text(7002, "hi")),
    });
    expect(missing.statusCode).toBe(401);
    expect(await app.dari.db.message.count()).toBe(before);
  });

  it("answers malformed JSON with 400 and ignores unknown update types", async () => {
    const malformed = await app.server.inject({
      method: "POST",
      url: "/webhooks/telegram",
      headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET },
      payload: "{ not json",
    });
    expect(malformed.statusCode).toBe(400);
    const before = fake.sent().length;
    expect(
      (
        await deliver({
          update_id: 999_999,
          edited_message: { message_id: 1, date: 0, chat: { id: 1, type: "private" } },
        })
      ).statusCode,
    ).toBe(200);
    expect(fake.sent().length).toBe(before);
  });

  it("stores and answers a duplicate delivery once", async () => {
    const update = updates.text(7003, "what is the minimum wage in 2026?", "en");
    await deliver(update);
    await deliver(update);
    expect(fake.sent(7003).filter((m) => /10[.,]320/.test(m.text))).toHaveLength(1);
  });

  it("tells the resident what it can read when a photo arrives", async () => {
    await deliver(updates.text(7004, "/lang en", "en"));
    await deliver(updates.photo(7004));
    expect(fake.sent(7004).at(-1)?.text).toBe(app.dari.translator.t("en", "attachments.unsupported"));
  });

  it("gives emergency numbers at once and alerts the counselors' group", async () => {
    await deliver(updates.text(7006, "help my friend is not breathing", "en"));
    expect(fake.sent(7006)[0]?.text).toContain("119");
    await waitFor(
      () => fake.sent(-100200300).find((m) => m.text.includes("Urgent chat waiting")),
      "staff alert",
    );
  });

  it("waits out Telegram's 429 and delivers anyway", async () => {
    fake.failNext("sendMessage", {
      error_code: 429,
      description: "Too Many Requests: retry after 1",
      parameters: { retry_after: 1 },
    });
    await deliver(updates.text(7005, "/start", "en"));
    expect(fake.sent(7005).length).toBeGreaterThan(0);
  });
});

describe("Telegram rendering", () => {
  it("splits long text at sentence ends under 4096 characters and keeps buttons on the last piece", () => {
    const sentence = "Bạn có thể gọi 1345 để hỏi thêm về thị thực. ";
    const pieces = toTelegram({
      kind: "choices",
      text: sentence.repeat(200),
      choices: [{ label: "Yes", value: "feedback:yes" }],
    });
    expect(pieces.length).toBe(3);
    expect(pieces.every((p) => p.text.length <= 4096 && p.text.endsWith("."))).toBe(true);
    expect(pieces.slice(0, -1).every((p) => !p.reply_markup)).toBe(true);
    expect(pieces.at(-1)?.reply_markup).toBeDefined();
  });
});
