import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toDiscord } from "../../src/channels/discord/index.js";
import { APPLICATION_ID, DISCORD_TOKEN, type DiscordFake, startDiscordFake } from "../fakes/discord.js";
import { appHarness } from "../support/app-harness.js";
import { tempDir } from "../support/temp-dir.js";
import { waitFor } from "../support/wait-for.js";

const dir = tempDir();
let fake: DiscordFake;
let app: Awaited<ReturnType<typeof appHarness>>;

beforeAll(async () => {
  // A short heartbeat interval so the test sees the client beat and the emulator acknowledge.
  fake = await startDiscordFake(300);
  app = await appHarness(`file:${dir.path}/discord.db`, undefined, {
    DISCORD_BOT_TOKEN: DISCORD_TOKEN,
    DISCORD_APPLICATION_ID: APPLICATION_ID,
    DISCORD_API_BASE_URL: fake.api,
  });
});
afterAll(async () => {
  await app?.close();
  await fake?.close();
  dir.remove();
});

const buttons = (m?: { components?: { components: { custom_id: string; label: string }[] }[] }) =>
  (m?.components ?? []).flatMap((row) => row.components);
/** Waits until the user has seen more than `count` messages, then returns the new ones. */
const newSince = async (user: string, count: number) =>
  waitFor(
    () => (fake.sent(user).length > count ? fake.sent(user).slice(count) : undefined),
    `discord messages for ${user}`,
  );
/** Waits until, since message `count`, an answer with the was-this-helpful buttons arrived. */
const answeredSince = (user: string, count: number, what: string) =>
  waitFor(
    () =>
      fake
        .sent(user)
        .slice(count)
        .some((m) => buttons(m).some((b) => b.custom_id === "feedback:yes")),
    what,
  );
const settle = () => new Promise((r) => setTimeout(r, 150));

describe("Discord through discord.js against the local REST + gateway emulator", () => {
  it("keeps the gateway alive with heartbeats the emulator acknowledges", async () => {
    await waitFor(() => fake.heartbeats >= 2, "two heartbeats");
  });

  it("identifies with the DM and message-content intents and registers the slash commands", async () => {
    expect(fake.identify?.intents).toBe(1 | 4096 | 32768);
    const registered = fake.calls.find(
      (c) => c.method === "PUT" && c.path.endsWith(`/applications/${APPLICATION_ID}/commands`),
    );
    expect(((registered?.body ?? []) as { name: string }[]).map((c) => c.name)).toEqual([
      "ask",
      "lang",
      "human",
      "help",
    ]);
  });

  it("DM → language pick → FAQ answer → clarify choice → menu choice → person → counselor reply → close → survey", async () => {
    const user = "555000000000000001";
    const t = app.dari.translator.t;
    fake.dm(user, "/start");
    const greeting = await waitFor(
      () => fake.sent(user).find((m) => buttons(m).length === 14),
      "greeting with the language picker",
    );
    expect(fake.sent(user)[0]?.content).toContain(t("en", "greeting"));
    expect(greeting.via).toBe("dm");
    let seen = fake.sent(user).length;
    fake.slash(user, "lang");
    const picker = (await newSince(user, seen)).at(-1)!;
    expect(buttons(picker)).toHaveLength(14);
    expect(buttons(picker).map((b) => b.custom_id)).toContain("lang:id");

    seen = fake.sent(user).length;
    fake.button(user, "lang:id");
    expect((await newSince(user, seen))[0]?.content).toBe(t("id", "languageChanged"));
    await settle();

    seen = fake.sent(user).length;
    fake.dm(user, "berapa upah minimum per jam tahun 2026?");
    const answer = await waitFor(
      () => (fake.sent(user).length >= seen + 2 ? fake.sent(user).slice(seen) : undefined),
      "answer",
    );
    expect(answer[0]?.content).toMatch(/10[.,]320/);
    expect(buttons(answer.at(-1)).map((b) => b.custom_id)).toEqual(["feedback:yes", "feedback:no", "human"]);

    seen = fake.sent(user).length;
    fake.dm(user, "health insurance");
    const clarify = (await newSince(user, seen)).at(-1)!;
    expect(clarify.content).toBe(t("id", "clarify.prompt"));
    const options = buttons(clarify).map((b) => b.custom_id);
    expect(options.filter((v) => v.startsWith("entry:")).length).toBeGreaterThanOrEqual(2);
    seen = fake.sent(user).length;
    fake.button(user, options[0]!);
    await answeredSince(user, seen, "clarified answer");

    seen = fake.sent(user).length;
    fake.button(user, "menu:life");
    const menu = (await newSince(user, seen)).at(-1)!;
    const entry = buttons(menu).find((b) => b.custom_id.startsWith("entry:"))!;
    seen = fake.sent(user).length;
    fake.button(user, entry.custom_id);
    await answeredSince(user, seen, "entry answer");

    seen = fake.sent(user).length;
    fake.button(user, "human");
    expect((await newSince(user, seen)).map((m) => m.content).join("\n")).toContain(
      t("id", "handoff.finding"),
    );

    const dewi = await app.counselor({ name: "Dewi", languages: ["id"] });
    const waiting = await dewi.claimFirst();
    seen = fake.sent(user).length;
    await dewi.reply(waiting, "Halo, saya Dewi.");
    const pushed = await waitFor(
      () =>
        fake
          .sent(user)
          .slice(seen)
          .find((m) => m.content === "Halo, saya Dewi."),
      "pushed reply",
    );
    expect(pushed.via).toBe("dm");

    await dewi.close(waiting);
    const survey = await waitFor(
      () => fake.sent(user).find((m) => m.content === t("id", "survey.prompt")),
      "survey",
    );
    expect(buttons(survey).map((b) => b.custom_id)).toEqual([
      "survey:1",
      "survey:2",
      "survey:3",
      "survey:4",
      "survey:5",
    ]);
    seen = fake.sent(user).length;
    fake.button(user, "survey:5");
    await newSince(user, seen);
    seen = fake.sent(user).length;
    fake.button(user, "survey:skip");
    expect((await newSince(user, seen)).at(-1)?.content).toBe(t("id", "survey.thanks"));
    const transcript = (await app.api("GET", `/conversations/${waiting}`)).json();
    expect(transcript.conversation.satisfaction).toBe(5);
  });

  it("answers /ask in a server channel only to the resident who asked (ephemeral)", async () => {
    const user = "555000000000000002";
    const id = fake.slash(
      user,
      "ask",
      [{ name: "question", type: 3, value: "What is the minimum wage in 2026?" }],
      true,
    );
    const replies = await waitFor(
      () => (fake.sent(user).length >= 2 ? fake.sent(user) : undefined),
      "ephemeral answer",
    );
    expect(replies[0]?.via).toBe("editReply");
    expect(replies[0]?.content).toMatch(/10[.,]320/);
    const defer = fake.calls.find(
      (c) => c.path.includes(`/interactions/${id}/`) && (c.body as { type: number }).type === 5,
    );
    expect((defer?.body as { data?: { flags?: number } } | undefined)?.data?.flags).toBe(64);
    expect(replies.slice(1).every((r) => ((r.flags ?? 0) & 64) === 64)).toBe(true);
  });

  it("answers a duplicate gateway delivery once", async () => {
    const user = "555000000000000003";
    const id = fake.dm(user, "minimum wage 2026?");
    await waitFor(() => fake.sent(user).length >= 1, "first answer");
    fake.dm(user, "minimum wage 2026?", { id });
    await settle();
    expect(fake.sent(user).filter((m) => /10[.,]320/.test(m.content))).toHaveLength(1);
  });
});

describe("Discord rendering", () => {
  it("splits at 2000 characters and lays out at most 25 buttons", () => {
    const pieces = toDiscord({
      kind: "choices",
      text: "Short sentence here. ".repeat(200),
      choices: Array.from({ length: 14 }, (_, i) => ({ label: `Lang ${i}`, value: `lang:${i}` })),
    });
    expect(pieces.length).toBe(3);
    expect(pieces.every((p) => p.content.length <= 2000)).toBe(true);
    const rows = pieces.at(-1)!.components!.map((r) => r.toJSON());
    expect(rows.length).toBeLessThanOrEqual(5);
    expect(rows.flatMap((r) => r.components)).toHaveLength(14);
  });
});
