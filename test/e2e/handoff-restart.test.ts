import { afterAll, describe, expect, it } from "vitest";
import { appHarness } from "../support/app-harness.js";
import { createThrowawayDatabase, postgresAvailable } from "../support/postgres.js";
import { tempDir } from "../support/temp-dir.js";

const dir = tempDir();
afterAll(() => dir.remove());
const pgUp = await postgresAvailable();

async function restartScenario(url: string) {
  const first = await appHarness(url);
  const say = (app: typeof first, user: string, text: string) =>
    app.dari.engine.handle({ channel: "test", channelUserId: user, kind: "text", text });
  const counselor = (
    await first.api("POST", "/counselors", undefined, {
      email: "a@c.kr",
      name: "A",
      languages: ["en"],
      available: true,
    })
  ).json();
  const waiting1 = await say(first, "w1", "I want to talk to a real person please");
  const waiting2 = await say(first, "w2", "I want to talk to a real person please");
  const active = await say(first, "a1", "I want to talk to a real person please");
  await first.api("POST", `/conversations/${active.conversationId}/claim`, counselor.id);
  await say(first, "a1", "my boss is shouting at me every day");
  const before = (await first.api("GET", `/conversations/${active.conversationId}`)).json().messages.length;
  await first.close();

  const second = await appHarness(url);
  try {
    const queue = (await second.api("GET", "/queue")).json();
    expect(queue.map((q: { id: string; position: number }) => [q.id, q.position])).toEqual([
      [waiting1.conversationId, 1],
      [waiting2.conversationId, 2],
    ]);
    const transcript = (await second.api("GET", `/conversations/${active.conversationId}`)).json();
    expect(transcript.conversation).toMatchObject({ status: "active", assignedCounselorId: counselor.id });
    expect(transcript.messages.length).toBe(before);
    expect(transcript.messages.at(-1).text).toBe("my boss is shouting at me every day");
    const reply = await second.api("POST", `/conversations/${active.conversationId}/reply`, counselor.id, {
      text: "I'm still here.",
    });
    expect(reply.statusCode).toBe(200);
    const next = await say(second, "w2", "hello? still waiting");
    expect(next.decision).toMatchObject({ type: "relayed", status: "waiting", ticket: { position: 2 } });
  } finally {
    await second.close();
  }
}

describe("a restart loses nothing", () => {
  it("on SQLite: waiting and active chats, positions and transcripts survive", async () => {
    await restartScenario(`file:${dir.path}/restart.db`);
  });

  it.skipIf(!pgUp)("on PostgreSQL: waiting and active chats, positions and transcripts survive", async () => {
    const throwaway = await createThrowawayDatabase();
    try {
      await restartScenario(throwaway.url);
    } finally {
      await throwaway.drop();
    }
  });
});
