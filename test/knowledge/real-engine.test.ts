import { join } from "node:path";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDari, type Dari } from "../../src/app.js";
import { loadConfig } from "../../src/config.js";
import { ZawgyiRepair } from "../../src/knowledge/index.js";
import { tempDir } from "../support/temp-dir.js";

// "The employer has not paid my wages for 3 months, where do I report?" typed two ways: in Unicode
// Burmese, and in the Zawgyi font encoding (same look on a Zawgyi phone, different code points).
const UNICODE = "အလုပ်ရှင်က လစာ ၃ လ မပေးသေးဘူး ဘယ်မှာ တိုင်ရမလဲ";
const ZAWGYI =
  "\u1021\u101c\u102f\u1015\u1039\u101b\u103d\u1004\u1039\u1000 \u101c\u1005\u102c \u1043 \u101c \u1019\u1031\u1015\u1038\u1031\u101e\u1038\u1018\u1030\u1038 \u1018\u101a\u1039\u1019\u103d\u102c \u1010\u102d\u102f\u1004\u1039\u101b\u1019\u101c\u1032";

describe("Zawgyi Burmese and personal cases, through the real FAQ", () => {
  const repair = new ZawgyiRepair();

  it("is recognised and converted to Unicode", () => {
    expect(ZAWGYI).not.toBe(UNICODE);
    expect(repair.isZawgyi(ZAWGYI)).toBe(true);
    expect(repair.repair(ZAWGYI)).toBe(UNICODE);
  });

  it("leaves Unicode Burmese and every other script untouched", () => {
    for (const text of [UNICODE, "ကျွန်တော် အလုပ်ပြောင်းချင်တယ်", "E-7 비자 조건", "luong toi thieu", "ค่าแรงขั้นต่ำ"])
      expect(repair.repair(text)).toBe(text);
  });

  describe("through the real engine", () => {
    const dir = tempDir("dari-zawgyi-");
    let dari: Dari;
    beforeAll(async () => {
      const config = loadConfig({ DATABASE_URL: `file:${join(dir.path, "z.db")}`, LOG_LEVEL: "silent" });
      dari = await createDari(config, pino({ level: "silent" }));
    });
    afterAll(async () => {
      await dari.close();
      dir.remove();
    });

    it("answers a Zawgyi message as it answers the Unicode one, and stores it in Unicode", async () => {
      const fromUnicode = await dari.engine.handle({
        channel: "test",
        channelUserId: "u",
        kind: "text",
        text: UNICODE,
      });
      const fromZawgyi = await dari.engine.handle({
        channel: "test",
        channelUserId: "z",
        kind: "text",
        text: ZAWGYI,
      });
      expect(fromZawgyi.detected).toBe("my");
      expect(fromZawgyi.decision).toEqual(fromUnicode.decision);
      expect(fromZawgyi.conversationId).toBeTruthy();
      const transcript = await dari.store.transcript(fromZawgyi.conversationId as string);
      expect(transcript.find((m) => m.direction === "in")?.text).toBe(UNICODE);
    });

    const say = (user: string, text: string) =>
      dari.engine.handle({ channel: "test", channelUserId: user, kind: "text", text });

    it("answers a complaint question that the FAQ itself asks, but hands over a dispute it does not", async () => {
      // "Where do I complain if my wages are not paid?": 'उजुरी' (complaint) is how residents ask it.
      const general = await say("pc1", "तलब नदिए कहाँ उजुरी गर्ने");
      expect(general.decision).toMatchObject({ type: "answer", topic: "labor.wage_arrears" });
      const broker = await say(
        "pc2",
        "a broker took 3 million won to get me an E-7-4 visa and now ignores my calls",
      );
      expect(broker.decision).toMatchObject({ type: "handover", reason: "unanswerable" });
      const refused = await say("pc3", "my visa extension was refused yesterday, what now?");
      expect(refused.decision).toMatchObject({ type: "handover", reason: "unanswerable" });
      const forMe = await say("pc4", "can you call my boss for me and ask about my unpaid salary?");
      expect(forMe.decision).toMatchObject({ type: "handover", reason: "unanswerable" });
    });

    it("reads a short request for the menu or a person as a request, not an FAQ question", async () => {
      expect((await say("m1", "Bu bot nimalarga javob bera oladi? menyu")).decision).toEqual({
        type: "menu",
      });
      expect((await say("m2", "상담원이랑 직접 얘기하고 싶어요")).decision).toMatchObject({
        type: "handover",
        reason: "requested",
      });
    });
  });
});
