import { describe, expect, it } from "vitest";
import { fold, normalizeForMatching } from "../../src/knowledge/index.js";

describe("text normalisation", () => {
  it("writes every spelling of a visa code as one token", () => {
    for (const spelling of ["E-7", "E7", "e-7", "E 7", "e7"])
      expect(normalizeForMatching(`${spelling} visa`)).toBe("e7 visa");
    for (const spelling of ["F-2-R", "F2R", "f-2r", "F-2R", "f2r"])
      expect(normalizeForMatching(spelling)).toBe("f2r");
    expect(normalizeForMatching("E-7-4로 바꾸고 싶어요")).toBe("e74 로 바꾸고 싶어요");
    expect(normalizeForMatching("E7비자")).toBe("e7 비자");
    expect(normalizeForMatching("D-10 and H-2")).toBe("d10 and h2");
  });

  it("folds case and Latin diacritics but keeps other scripts' marks", () => {
    expect(fold("Lương TỐI THIỂU đi")).toBe("luong toi thieu di");
    expect(fold("Oʻzbekcha so'm")).toBe("ozbekcha som");
    expect(fold("ค่าจ้างขั้นต่ำ")).toBe("ค่าจ้างขั้นต่ำ");
    expect(fold("न्यूनतम तलब")).toBe("न्यूनतम तलब");
    expect(fold("ＡＢＣ")).toBe("abc");
  });
});
