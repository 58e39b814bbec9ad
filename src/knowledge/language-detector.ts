import { createRequire } from "node:module";
import { franc } from "franc";
import { detect as tinyld } from "tinyld";
import type { LanguageDetector, LanguageGuess, Locale } from "../core/index.js";
import { fold, stripCodesForLanguageId } from "./normalize.js";

// Language ID as measured in LANGUAGE-AND-MATCHING-NOTES.md §A: the Unicode script decides
// first (most of Dari's languages have a script of their own); Latin, Cyrillic and Han text goes
// to a majority vote of cld, tinyld and franc, each restricted to the bucket's languages.

type Bucket = "latin" | "cyrillic" | "han";

const BUCKETS: Record<Bucket, Locale[]> = {
  latin: ["en", "vi", "tl", "id", "uz"],
  cyrillic: ["ru", "mn"],
  han: ["zh", "ja"],
};

const ISO3: Record<string, Locale> = {
  eng: "en",
  vie: "vi",
  tgl: "tl",
  fil: "tl",
  ind: "id",
  zlm: "id",
  zsm: "id",
  uzn: "uz",
  uzb: "uz",
  rus: "ru",
  khk: "mn",
  mon: "mn",
  cmn: "zh",
  jpn: "ja",
};
const TO_ISO3: Partial<Record<Locale, string[]>> = {
  en: ["eng"],
  vi: ["vie"],
  tl: ["tgl"],
  id: ["ind"],
  uz: ["uzn"],
  ru: ["rus"],
  mn: ["khk"],
  zh: ["cmn"],
  ja: ["jpn"],
};

interface CldResult {
  languages: { code: string; percent: number }[];
}
// cld's JS wrapper is async only; its native binding also exports the synchronous detect()
// that the port needs (arguments: text, isPlainText, language/encoding/tld/http hints, bestEffort).
const cld = createRequire(import.meta.url)("cld/build/Release/cld") as {
  detect(
    text: string,
    plain: boolean,
    l: string,
    e: string,
    t: string,
    h: string,
    bestEffort: boolean,
  ): CldResult;
};

const CLD_ALIASES: Record<string, Locale> = { ms: "id", fil: "tl", "zh-Hant": "zh" };

function voteCld(text: string, allowed: Locale[]): Locale | undefined {
  try {
    const result = cld.detect(text, true, "", "", "", "", true);
    for (const { code } of result.languages) {
      const locale = (CLD_ALIASES[code] ?? code) as Locale;
      if (allowed.includes(locale)) return locale;
    }
  } catch {
    // cld throws for text it cannot read at all (digits, emoji): it simply does not vote.
  }
  return undefined;
}

function voteTinyld(text: string, allowed: Locale[]): Locale | undefined {
  const code = tinyld(text, { only: allowed });
  return allowed.includes(code as Locale) ? (code as Locale) : undefined;
}

function voteFranc(text: string, allowed: Locale[]): Locale | undefined {
  const only = allowed.flatMap((l) => TO_ISO3[l] ?? []);
  const code = franc(text, { minLength: 1, only });
  return ISO3[code];
}

// Marker words break ties when the libraries disagree or abstain on very short text.
const MARKERS: Partial<Record<Locale, string[]>> = {
  en: "the what how is are my i can do does where when who why you please need want get have".split(" "),
  vi: "toi khong ko cua la duoc dc lam nhu the nao bao nhieu em anh chi minh co gi sao o ai tien luong viec xin cho hoi ban voi thi roi nua can phai chua".split(
    " ",
  ),
  tl: "ang ng po ako ko sa ba paano kailangan mga na hindi ano yung ung namin amin pwede saan magkano lang opo kasi trabaho sahod".split(
    " ",
  ),
  id: "saya aku tidak gak nggak bisa apa bagaimana gimana yang di ke dan kerja gaji bos perusahaan mau ingin sudah belum berapa dimana kalau untuk dengan tolong".split(
    " ",
  ),
  uz: "men menga qanday nima uchun kerak bormi qilish ishlash ish pul maosh qancha qayerda mumkin emas yoq bor viza salom rahmat bilan ham edi qildim".split(
    " ",
  ),
  mn: "би миний юу вэ бэ уу үү байна байгаа хэрхэн хаана яаж болох ажил цалин сайн баярлалаа".split(" "),
};

// Words residents type when they write Nepali, Mongolian, Khmer, Burmese or Thai in Latin
// letters, which no detection library knows. Only words that are not also common in English,
// unaccented Vietnamese, Tagalog, Indonesian or Uzbek are listed ("ban", "mai", "dai", "ya", the
// Uzbek "kun" are not).
const ROMANISED: Partial<Record<Locale, string[]>> = {
  ne: "cha chha garna garne gareko garda garidinu milcha milchha huncha hunchha parcha parchha kasari kasri kaha kahaa kati mero malai hajur bhayo bhaye chaina chhaina thiyo pani bhane sakchu sakincha bolne khulne namaste dhanyabad dhanyawad kunai".split(
    " ",
  ),
  mn: "bn bna baina bain yaj yaaj hed heden hezee haana bolokh boloh bolno uu maani chini bayrlalaa bayarlalaa sainuu zaaval ajil tsalin tuslaa tuslaach gej geed oilgomjgui oilgohgui medehgui avah ogoh".split(
    " ",
  ),
  km: "knhom khnhom khnom kjom bong tov nov thver twer chreun chraen arkun orkun akun chnam chhnam luy kanlaeng kanleng mech niyeay trov ponman monti baan hery cheh".split(
    " ",
  ),
  my: "lar lae lal mhr hmar pyaung pyaw kaung bal bl lout lote thwar twar yone nar alote ngwe sayar mingalarpar mingalaba khinbyar kyayzu kyay shi kya dal".split(
    " ",
  ),
  th: "krub krab khrap kub kha khob khun khobkhun arai yangrai kaoli kaolee pai yak rue plao duan laew leaw sawasdee sawatdee".split(
    " ",
  ),
};

function wordsOf(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}]+/u)
    .filter(Boolean);
}

/** The locale whose marker words occur most often (none on a tie), with how many occur. */
function bestByMarkers(
  words: string[],
  markers: Partial<Record<Locale, string[]>>,
  allowed: Locale[],
  distinct = false,
): { locale: Locale | undefined; hits: number } {
  let best: Locale | undefined;
  let bestHits = 0;
  let tie = false;
  for (const locale of allowed) {
    const set = new Set(markers[locale] ?? []);
    const found = words.filter((w) => set.has(w));
    const hits = distinct ? new Set(found).size : found.length;
    if (hits > bestHits) {
      best = locale;
      bestHits = hits;
      tie = false;
    } else if (hits === bestHits && hits > 0) tie = true;
  }
  return { locale: tie ? undefined : best, hits: bestHits };
}

function voteMarkers(text: string, allowed: Locale[]): Locale | undefined {
  return bestByMarkers(wordsOf(text), MARKERS, allowed).locale;
}

const ROMANISED_LOCALES = Object.keys(ROMANISED) as Locale[];
const ROMANISED_MIN_WORDS = 2;

/**
 * Romanised Nepali, Mongolian, Khmer, Burmese or Thai: at least two different marker words of
 * one of them, and more than any Latin-script language's markers. A weak guess: it names the
 * language of a new resident's first reply but never overrides one already chosen.
 */
export function romanisedLanguage(text: string): Locale | undefined {
  const words = wordsOf(text);
  const romanised = bestByMarkers(words, ROMANISED, ROMANISED_LOCALES, true);
  if (!romanised.locale || romanised.hits < ROMANISED_MIN_WORDS) return undefined;
  const latin = bestByMarkers(words, MARKERS, BUCKETS.latin, true);
  return romanised.hits > latin.hits ? romanised.locale : undefined;
}

const count = (re: RegExp, text: string) => text.match(re)?.length ?? 0;

const VIETNAMESE_LETTERS = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/giu;

// Enough to answer a new resident in that language, never enough to override a known choice.
const ROMANISED_CONFIDENCE = 0.7;

type ScriptVerdict = { locale: Locale; confidence: number } | { bucket: Bucket } | undefined;

/** The script rule: a language when the script decides it, otherwise the bucket to vote in. */
export function byScript(text: string): ScriptVerdict {
  if (/\p{Script=Thai}/u.test(text)) return { locale: "th", confidence: 0.99 };
  if (/\p{Script=Khmer}/u.test(text)) return { locale: "km", confidence: 0.99 };
  if (/\p{Script=Myanmar}/u.test(text)) return { locale: "my", confidence: 0.99 };
  // Every library reads short Nepali as Hindi; Hindi is not one of Dari's languages.
  if (/\p{Script=Devanagari}/u.test(text)) return { locale: "ne", confidence: 0.97 };
  if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text)) return { locale: "ja", confidence: 0.98 };
  const hangul = count(/\p{Script=Hangul}/gu, text);
  const latinLetters = count(/\p{Script=Latin}/gu, text);
  const alphabetLetters = latinLetters + count(/\p{Script=Cyrillic}/gu, text);
  const alphabetWords = count(/[\p{Script=Latin}\p{Script=Cyrillic}]{2,}/gu, text);
  // Korean words inside a Latin or Cyrillic message are code-mixing, not Korean.
  if (hangul > 0 && !(alphabetWords >= 2 && alphabetLetters >= hangul))
    return { locale: "ko", confidence: 0.97 };
  if (/\p{Script=Han}/u.test(text) && hangul === 0 && latinLetters < count(/\p{Script=Han}/gu, text) * 2) {
    return { bucket: "han" };
  }
  if (/\p{Script=Cyrillic}/u.test(text)) {
    if (/[өүӨҮ]/u.test(text)) return { locale: "mn", confidence: 0.97 };
    return { bucket: "cyrillic" };
  }
  if (latinLetters > 0) return { bucket: "latin" };
  return undefined;
}

/** Script rule first, then a majority vote; romanised or very short text gets a low confidence. */
export class VotingLanguageDetector implements LanguageDetector {
  detect(text: string): LanguageGuess {
    const clean = stripCodesForLanguageId(text);
    const verdict = clean ? byScript(clean) : undefined;
    if (!verdict) return { locale: undefined, confidence: 0 };
    if ("locale" in verdict) return verdict;
    const allowed = BUCKETS[verdict.bucket];
    if (verdict.bucket === "latin") {
      // Vietnamese letters and the Uzbek oʻ/gʻ decide on their own when they are typed.
      if (count(VIETNAMESE_LETTERS, clean) >= 2) return { locale: "vi", confidence: 0.96 };
      if (/[oOgG][ʻ‘ʼ'`]/u.test(text)) return { locale: "uz", confidence: 0.9 };
      const romanised = romanisedLanguage(clean);
      if (romanised) return { locale: romanised, confidence: ROMANISED_CONFIDENCE };
    }
    // Korean words mixed into a Latin message would only confuse the voters.
    const votingText = clean.replace(/\p{Script=Hangul}+/gu, " ").trim();
    const votes = [
      voteCld(votingText, allowed),
      voteTinyld(votingText, allowed),
      voteFranc(votingText, allowed),
    ];
    const tally = new Map<Locale, number>();
    for (const v of votes) if (v) tally.set(v, (tally.get(v) ?? 0) + 1);
    const [top] = [...tally].sort((a, b) => b[1] - a[1]);
    // One or two Latin words (a name, a romanised greeting) are too little to switch on.
    const short = verdict.bucket === "latin" && count(/\p{L}{2,}/gu, votingText) < 3;
    if (top && top[1] >= 2) return { locale: top[0], confidence: short ? 0.6 : top[1] === 3 ? 0.97 : 0.88 };
    const marker = voteMarkers(votingText, allowed);
    if (marker && votes.includes(marker)) return { locale: marker, confidence: 0.75 };
    const fallback = marker ?? votes[0] ?? votes[2] ?? votes[1];
    return fallback ? { locale: fallback, confidence: 0.5 } : { locale: undefined, confidence: 0 };
  }
}
