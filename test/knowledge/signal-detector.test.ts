import { describe, expect, it } from "vitest";
import { LexiconSignalDetector } from "../../src/knowledge/index.js";

const detector = LexiconSignalDetector.fromFiles();
const kinds = (text: string) => detector.detect(text).map((s) => s.kind);

describe("signals from the shipped lexicons", () => {
  it.each([
    "my coworker is bleeding a lot, his hand is caught in the machine",
    "동료가 기계에 손이 끼었어요 피가 많이 나요",
    "Tôi muốn chết, không muốn sống nữa",
    "เพื่อนหมดสติ ไม่หายใจ",
    "Муж бьёт меня прямо сейчас",
  ])("flags danger now: %s", (text) => {
    expect(kinds(text)).toContain("emergency");
  });

  it.each([
    "how do I call 119 as a foreigner?",
    "What is the minimum wage in 2026?",
    "high fever since yesterday, which hospital speaks English?",
    "hiring? I want to change my workplace",
  ])("does not raise an alarm or a greeting for an ordinary question: %s", (text) => {
    expect(kinds(text)).not.toContain("emergency");
    expect(kinds(text)).not.toContain("smalltalk");
  });

  it("reads a danger term plus an urgency word as danger now, in any order of phrasing", () => {
    expect(kinds("동료 머리가 깨졌어요 지금 출혈이 심해요")).toContain("emergency");
    expect(kinds("my brother took a lot of pills and wont wake up")).toContain("emergency");
  });

  it("treats a habitual situation without urgency as a question, but never suicidal words", () => {
    expect(kinds("my husband sometimes hits me, is there a shelter for foreign wives?")).not.toContain(
      "emergency",
    );
    expect(kinds("I sometimes think I want to die")).toContain("emergency");
  });

  it("treats a bare greeting or thanks as small talk, whole words only", () => {
    expect(detector.detect("hi!")).toEqual([
      expect.objectContaining({ kind: "smalltalk", smalltalk: "hello" }),
    ]);
    expect(detector.detect("Salamat po sa tulong!")).toEqual([
      expect.objectContaining({ kind: "smalltalk", smalltalk: "thanks" }),
    ]);
    expect(detector.detect("안녕하세요")).toEqual([
      expect.objectContaining({ kind: "smalltalk", smalltalk: "hello" }),
    ]);
  });

  it("spots a resident asking for their own case to be judged", () => {
    expect(kinds("my E-7 extension was rejected, can you check my case?")).toContain("personalCase");
    expect(kinds("Aplikasi saya ditolak, bisa dicek kasus saya?")).toContain("personalCase");
  });

  const cue = (text: string) =>
    detector.detect(text).find((s) => s.kind === "personalCase") as { cue: string } | undefined;

  it("names the kind of personal case: broker, pressure to sign, 'do it for me', complaint, threat", () => {
    expect(cue("ပွဲစားက ပိုက်ဆံယူသွားတယ်")?.cue).toBe("broker");
    expect(cue("사장님이 합의서에 사인하래요")?.cue).toBe("pressured");
    expect(cue("老板拖欠工资，能帮我跟他谈谈吗")?.cue).toBe("actForMe");
    expect(cue("तलब नदिए कहाँ उजुरी गर्ने")?.cue).toBe("complaint");
    expect(cue("boss threatens to cancel my visa")?.cue).toBe("threat");
  });

  it("reads 'how do I avoid being scammed' as advice, not a dispute", () => {
    expect(cue("I was scammed by the landlord")?.cue).toBe("dispute");
    expect(cue("how to avoid getting scammed on a jeonse deposit")).toBeUndefined();
    expect(cue("租房怎么才能不被骗押金")).toBeUndefined();
  });
});
