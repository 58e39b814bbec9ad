import type { LanguageDetector, LanguageGuess, Locale } from "../core/index.js";
import { fold, stripCodesForLanguageId } from "./normalize.js";

// Unicode script first (LANGUAGE-AND-MATCHING-NOTES.md §A): most of Dari's languages have a
// script of their own. Latin and Cyrillic text is then scored against marker words.

const COUNT = (re: RegExp, text: string) => text.match(re)?.length ?? 0;

const MARKERS: Record<"en" | "vi" | "tl" | "id" | "uz", string[]> = {
  en: "the what how is are my i can do does where when who why you please need want get have work visa boss pay paid hospital insurance help me with about".split(
    " ",
  ),
  vi: "toi khong ko cua la duoc dc lam nhu the nao bao nhieu em anh chi minh co gi sao o ai tien luong viec cong ty xin cho hoi ban voi thi roi nua can phai chua".split(
    " ",
  ),
  tl: "ang ng po ako ko sa ba paano kailangan mga na hindi ano yung ung namin amin ko ba pwede saan magkano lang po opo kasi trabaho sahod".split(
    " ",
  ),
  id: "saya aku tidak gak nggak bisa apa bagaimana gimana yang di ke dan kerja gaji bos perusahaan mau ingin sudah belum berapa dimana kalau untuk dengan tolong".split(
    " ",
  ),
  uz: "men menga qanday nima uchun kerak bormi qilish ishlash ish pul maosh qancha qayerda mumkin emas yoq bor vize viza salom rahmat bilan ham edi qildim".split(
    " ",
  ),
};

const MN_WORDS =
  /(^|\s)(би|миний|юу|вэ|бэ|уу|үү|байна|байгаа|хэрхэн|хаана|яаж|болох|уу\?|ажил|цалин|виз|сайн|баярлалаа)(?=\s|$|[?!.,])/g;

function scoreLatin(text: string): LanguageGuess {
  const folded = fold(text);
  const words = folded.split(/[^\p{L}]+/u).filter(Boolean);
  if (words.length === 0) return { locale: undefined, confidence: 0 };
  // Vietnamese letters are unmistakable when typed with accents.
  const vietLetters = COUNT(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/giu, text);
  if (vietLetters >= 2) return { locale: "vi", confidence: 0.95 };
  if (/[oʻgʻ]ʻ|o‘|g‘|oʼ|gʼ/.test(text)) return { locale: "uz", confidence: 0.9 };
  const scores = Object.entries(MARKERS).map(([locale, markers]) => {
    const set = new Set(markers);
    return { locale: locale as Locale, hits: words.filter((w) => set.has(w)).length };
  });
  scores.sort((a, b) => b.hits - a.hits);
  const [best, second] = scores;
  if (!best || best.hits === 0) return { locale: undefined, confidence: 0 };
  const lead = best.hits - (second?.hits ?? 0);
  const confidence = Math.min(0.9, 0.35 + 0.15 * lead + 0.05 * best.hits);
  return { locale: best.locale, confidence };
}

/** Script rule plus marker words; a weak guess for romanised or very short text. */
export class ScriptLanguageDetector implements LanguageDetector {
  detect(text: string): LanguageGuess {
    const clean = stripCodesForLanguageId(text);
    if (!clean) return { locale: undefined, confidence: 0 };
    if (/\p{Script=Thai}/u.test(clean)) return { locale: "th", confidence: 0.99 };
    if (/\p{Script=Khmer}/u.test(clean)) return { locale: "km", confidence: 0.99 };
    if (/\p{Script=Myanmar}/u.test(clean)) return { locale: "my", confidence: 0.99 };
    if (/\p{Script=Devanagari}/u.test(clean)) return { locale: "ne", confidence: 0.97 };
    if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(clean)) return { locale: "ja", confidence: 0.98 };
    const hangul = COUNT(/\p{Script=Hangul}/gu, clean);
    const latinLetters = COUNT(/\p{Script=Latin}/gu, clean);
    const latinWords = COUNT(/\p{Script=Latin}{2,}/gu, clean);
    if (hangul > 0 && !(latinWords >= 2 && latinLetters >= hangul)) return { locale: "ko", confidence: 0.97 };
    if (/\p{Script=Han}/u.test(clean) && hangul === 0) return { locale: "zh", confidence: 0.93 };
    if (/\p{Script=Cyrillic}/u.test(clean)) {
      const lower = clean.toLowerCase();
      if (/[өү]/.test(lower)) return { locale: "mn", confidence: 0.97 };
      const mn = COUNT(MN_WORDS, lower);
      return mn > 0 ? { locale: "mn", confidence: 0.7 } : { locale: "ru", confidence: 0.85 };
    }
    const withoutHangul = clean.replace(/\p{Script=Hangul}+/gu, " ");
    return scoreLatin(withoutHangul);
  }
}
