/** The 14 languages Dari speaks, in the order the language menu shows them. */
export const LOCALES = [
  "ko",
  "en",
  "zh",
  "vi",
  "th",
  "tl",
  "id",
  "uz",
  "ru",
  "mn",
  "ne",
  "km",
  "my",
  "ja",
] as const;

export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = "ko";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** Each language's name in its own script, for the language menu. */
export const NATIVE_NAMES: Record<Locale, string> = {
  ko: "한국어",
  en: "English",
  zh: "中文(简体)",
  vi: "Tiếng Việt",
  th: "ภาษาไทย",
  tl: "Filipino",
  id: "Bahasa Indonesia",
  uz: "Oʻzbekcha",
  ru: "Русский",
  mn: "Монгол",
  ne: "नेपाली",
  km: "ភាសាខ្មែរ",
  my: "မြန်မာ",
  ja: "日本語",
};

// Platform locale tags come in many shapes (Telegram `fil`, LINE `zh-CN`, Discord `zh-TW`,
// browsers `my-MM`); only the primary subtag and a few script/region forms matter here.
const ALIASES: Record<string, Locale> = {
  fil: "tl",
  tgl: "tl",
  in: "id",
  ind: "id",
  ms: "id",
  zsm: "id",
  "zh-cn": "zh",
  "zh-hans": "zh",
  "zh-sg": "zh",
  cmn: "zh",
  uzn: "uz",
  "uz-latn": "uz",
  khk: "mn",
  npi: "ne",
  mya: "my",
  bur: "my",
  khm: "km",
  jpn: "ja",
  kor: "ko",
  eng: "en",
  vie: "vi",
  tha: "th",
  rus: "ru",
};

/** Maps a platform or browser locale tag onto one of Dari's locales, or undefined. */
export function toLocale(tag: string | null | undefined): Locale | undefined {
  if (!tag) return undefined;
  const lower = tag.trim().toLowerCase().replace(/_/g, "-");
  if (lower === "") return undefined;
  const direct = ALIASES[lower];
  if (direct) return direct;
  const parts = lower.split("-");
  const withScript = parts.length > 1 ? ALIASES[`${parts[0]}-${parts[1]}`] : undefined;
  if (withScript) return withScript;
  const primary = parts[0] ?? "";
  if (isLocale(primary)) return primary;
  return ALIASES[primary];
}
