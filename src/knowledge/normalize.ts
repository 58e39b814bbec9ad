// Text folding shared by matching, language ID and signal detection (see
// ../shared/knowledge/LANGUAGE-AND-MATCHING-NOTES.md): NFKC, lowercase, Latin diacritics
// removed without touching Thai/Devanagari/Khmer marks, apostrophes dropped, visa codes unified.

const COMBINING_LATIN = /[\u0300-\u036f]/g;
// NFKC splits Thai SARA AM into NIKHAHIT + SARA AA, which breaks Thai word segmentation.
const THAI_SARA_AM = /\u0e4d\u0e32/g;
const APOSTROPHES = /['\u2018\u2019\u02bb\u02bc`\u00b4]/g;

// E-7, E7, e 7, E-7-4, F-2-R, F2R, f-2r, D-10, H-2 … → one token such as "e7", "e74", "f2r".
// The letter must not be glued to a preceding letter ("code7" is not a visa).
const VISA_CODE =
  /(?<![\p{L}\p{N}])([a-hA-H])[\s\-–_.]?(\d{1,2})(?:[\s\-–_.]?(\d{1,2}|[rR]|[sS]))?(?![\p{N}])/gu;

/** Folds case and Latin diacritics; keeps every other script's marks. */
export function fold(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .normalize("NFD")
    .replace(COMBINING_LATIN, "")
    .normalize("NFC")
    .replace(/đ/g, "d")
    .replace(THAI_SARA_AM, "\u0e33")
    .replace(APOSTROPHES, "");
}

/** Rewrites visa codes into single tokens ("E-7-4" → "e74", "F-2-R" → "f2r"). */
export function unifyVisaCodes(text: string): string {
  return text.replace(
    VISA_CODE,
    (match, letter: string, major: string, minor: string | undefined, offset: number, whole: string) => {
      // "a 1" inside ordinary words is not a code; require an upper-case letter or a known pattern.
      const original = match.trim();
      const looksLikeCode =
        /[A-H]/.test(original[0] ?? "") || /^[a-h][-–]?\d/.test(original) || minor !== undefined;
      if (!looksLikeCode) return match;
      const after = whole[offset + match.length];
      const spacer = after && /[\p{L}\p{N}]/u.test(after) ? " " : "";
      return ` ${letter.toLowerCase()}${major}${minor ? minor.toLowerCase() : ""}${spacer}`;
    },
  );
}

/** Everything matching needs: visa codes unified, then folded. */
export function normalizeForMatching(text: string): string {
  return fold(unifyVisaCodes(text.normalize("NFKC")))
    .replace(/\s+/g, " ")
    .trim();
}

/** Removes visa codes and ALL-CAPS acronyms (ARC, EPS, TOPIK) that mislead language ID. */
export function stripCodesForLanguageId(text: string): string {
  return unifyVisaCodes(text.normalize("NFKC"))
    .replace(/(?<![\p{L}\p{N}])[a-h]\d{1,2}[a-z0-9]?(?![\p{L}\p{N}])/gu, " ")
    .replace(/\b[A-Z]{2,6}\b/g, " ")
    .replace(/https?:\/\/\S+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}
