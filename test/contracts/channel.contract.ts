import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OutboundMessage } from "../../src/core/index.js";

export interface Seen {
  text: string;
  choices: string[];
}

/** Drives one channel the way its platform would, and reads back what a resident saw. */
export interface ChannelHarness {
  /** The platform's message length limit. */
  limit: number;
  say(user: string, text: string): Promise<void>;
  press(user: string, value: string): Promise<void>;
  /** Delivers the same platform event twice, as a platform retry would. */
  sayTwice(user: string, text: string): Promise<void>;
  received(user: string): Seen[];
  /** Sends outside a reply (a counselor's message); undefined where the channel cannot. */
  push?: (user: string, message: OutboundMessage) => Promise<void>;
  translate(locale: "en" | "ko", key: string): string;
  close(): Promise<void>;
}

/** The behaviour every channel must have, whatever its platform. */
export function channelContract(
  name: string,
  open: () => Promise<ChannelHarness>,
  users: { a: string; b: string; c: string; d: string },
): void {
  describe(`channel contract: ${name}`, () => {
    let h: ChannelHarness;
    beforeAll(async () => {
      h = await open();
    });
    afterAll(async () => h?.close());

    it("answers an FAQ question with the answer and the was-this-helpful choices", async () => {
      await h.say(users.a, "What is the minimum wage per hour in 2026?");
      const seen = h.received(users.a);
      expect(seen.some((m) => /10[.,]320/.test(m.text))).toBe(true);
      expect(seen.at(-1)?.choices).toEqual(["feedback:yes", "feedback:no", "human"]);
    });

    it("turns a pressed button into a choice (language change)", async () => {
      await h.press(users.a, "lang:ko");
      expect(h.received(users.a).map((m) => m.text)).toContain(h.translate("ko", "languageChanged"));
    });

    it("answers a duplicate delivery once", async () => {
      await h.sayTwice(users.b, "What is the minimum wage per hour in 2026?");
      expect(h.received(users.b).filter((m) => /10[.,]320/.test(m.text))).toHaveLength(1);
    });

    it("hands over on request and says so", async () => {
      await h.say(users.c, "Hello, good morning");
      await h.press(users.c, "human");
      expect(
        h
          .received(users.c)
          .map((m) => m.text)
          .join("\n"),
      ).toContain(h.translate("en", "handoff.finding"));
    });

    it("splits a long message within the platform limit without losing text", async (ctx) => {
      if (!h.push) ctx.skip();
      if (!h.push) return;
      const long = Array.from(
        { length: 400 },
        (_, i) => `Sentence number ${i} explains one more detail.`,
      ).join(" ");
      await h.push(users.d, { kind: "text", text: long });
      const pieces = h.received(users.d).map((m) => m.text);
      expect(pieces.length).toBeGreaterThan(1);
      expect(pieces.every((p) => p.length <= h.limit)).toBe(true);
      expect(pieces.join(" ").replace(/\s+/g, " ")).toBe(long);
    });
  });
}
