import type { Locale } from "../core/index.js";

// Russian and Mongolian residents often type in Latin letters on a phone without a Cyrillic
// keyboard ("vizni hugatsaa duusah", "minimalka skolko"). Their FAQ phrasings, spelt the way chat
// transliteration spells them, give such messages something to match. Exact spelling matters
// little: matching compares character trigrams.

const COMMON: Record<string, string> = {
  а: "a",
  б: "b",
  в: "v",
  г: "g",
  д: "d",
  е: "e",
  з: "z",
  и: "i",
  к: "k",
  л: "l",
  м: "m",
  н: "n",
  о: "o",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  у: "u",
  ф: "f",
  х: "h",
  ц: "ts",
  ч: "ch",
  ш: "sh",
  ъ: "",
  ь: "",
  э: "e",
  ю: "yu",
  я: "ya",
};

const TABLES: Partial<Record<Locale, Record<string, string>>> = {
  ru: { ...COMMON, ё: "e", ж: "zh", й: "y", щ: "sch", ы: "y" },
  mn: { ...COMMON, ё: "yo", ж: "j", й: "i", щ: "sh", ы: "ii", ө: "o", ү: "u", е: "ye" },
};

/** Locales whose phrasings are also indexed in Latin letters. */
export const TRANSLITERATED_LOCALES = Object.keys(TABLES) as Locale[];

/** The text in chat-style Latin letters; characters outside the table are kept as they are. */
export function transliterate(text: string, locale: Locale): string {
  const table = TABLES[locale];
  if (!table) return text;
  let out = "";
  for (const ch of text.toLowerCase()) out += table[ch] ?? ch;
  return out;
}
