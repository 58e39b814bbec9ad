import { describe, expect, it } from "vitest";
import { FaqKnowledgeBase, readSeed } from "../../src/knowledge/index.js";
import { transliterate } from "../../src/knowledge/transliterate.js";

const kb = new FaqKnowledgeBase(readSeed().map((entry) => ({ ...entry, id: entry.topic })));

describe("Russian and Mongolian typed in Latin letters", () => {
  it("spells Cyrillic the way chat transliteration does", () => {
    expect(transliterate("Минимальная зарплата", "ru")).toBe("minimalnaya zarplata");
    expect(transliterate("Хөдөлмөрийн хөлс хэд вэ", "mn")).toBe("hodolmoriin hols hed ve");
    expect(transliterate("최저임금", "ru")).toBe("최저임금");
  });

  it.each([
    ["skolko seichas minimalnaya zarplata v chas dlya inostrancev", "ru", "labor.min_wage"],
    ["ajil deer gemtsen, daatgal yaj avah ve", "mn", "labor.industrial_accident"],
    ["tsalingaa avch chadahgui baina, haana gomdol gargah ve", "mn", "labor.wage_arrears"],
  ])("finds the entry for %s", (text, locale, topic) => {
    expect(kb.match(text, locale as "ru" | "mn").candidates[0]?.topic).toBe(topic);
  });
});
