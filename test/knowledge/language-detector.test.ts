import { describe, expect, it } from "vitest";
import { VotingLanguageDetector } from "../../src/knowledge/index.js";

const detector = new VotingLanguageDetector();

describe("language detection by script", () => {
  it.each([
    ["ค่าจ้างขั้นต่ำเท่าไหร่", "th"],
    ["ប្រាក់ខែអប្បបរមា", "km"],
    ["လစာ ဘယ်လောက်လဲ", "my"],
    ["न्यूनतम तलब कति हो", "ne"],
    ["最低賃金はいくらですか", "ja"],
    ["最低工资是多少", "zh"],
    ["최저임금 얼마예요", "ko"],
    ["Минимальная зарплата сколько", "ru"],
    ["Хөдөлмөрийн хөлс хэд вэ", "mn"],
    ["Lương tối thiểu là bao nhiêu", "vi"],
    ["luong toi thieu nam nay la bao nhieu vay", "vi"],
    ["How much is the minimum wage this year?", "en"],
    ["Magkano po ang minimum na sahod ngayon?", "tl"],
    ["Berapa gaji minimum di Korea sekarang?", "id"],
    ["Koreyada eng kam ish haqi qancha?", "uz"],
  ])("%s → %s", (text, locale) => {
    expect(detector.detect(text).locale).toBe(locale);
  });

  it("reads a Latin message mixed with Korean words as the Latin language", () => {
    expect(detector.detect("saya mau tanya tentang 외국인등록증 saya hilang").locale).toBe("id");
  });

  it("ignores visa codes and acronyms, and is unsure about bare codes", () => {
    expect(detector.detect("E-7 ARC").confidence).toBe(0);
    expect(detector.detect("E-7 비자 조건").locale).toBe("ko");
  });

  it("gives romanised text a low confidence so it never overrides a chosen language", () => {
    // 0.85 is the confidence the engine needs before it switches a known resident's language.
    for (const text of ["annyeonghaseyo", "xie xie", "spasibo bolshoe"])
      expect(detector.detect(text).confidence).toBeLessThan(0.85);
  });

  it.each([
    ["malai company change garna kasari milcha hajur", "ne"],
    ["tsalin avah gej bn, haana ochih ve", "mn"],
    ["knhom chong tov monti pet, trov thver yang mech", "km"],
    ["alote pyaung chin lo, bal lo lout ya mhr lae", "my"],
    ["yak plian ngan krub, tong tham arai bang", "th"],
  ])("names a romanised language from its own words: %s → %s", (text, locale) => {
    const guess = detector.detect(text);
    expect(guess.locale).toBe(locale);
    expect(guess.confidence).toBeLessThan(0.85);
  });

  it("does not read English, Tagalog or unaccented Vietnamese as a romanised language", () => {
    expect(detector.detect("can i change my workplace if the boss does not pay").locale).toBe("en");
    expect(detector.detect("pwede ba ako lumipat ng trabaho kung hindi nagbabayad si boss").locale).toBe(
      "tl",
    );
    expect(detector.detect("em muon doi cho lam thi phai lam sao a, ban oi").locale).toBe("vi");
  });
});
