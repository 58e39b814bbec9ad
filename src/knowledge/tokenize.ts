import { normalizeForMatching } from "./normalize.js";

// Features for retrieval, per LANGUAGE-AND-MATCHING-NOTES.md: Intl.Segmenter words, grapheme
// bigrams over scripts written without spaces (and over Hangul, whose particles stick to words),
// and character trigrams of longer Latin/Cyrillic words so typos still overlap.

const NO_SPACE_RUN =
  /[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Khmer}\p{Script=Myanmar}ー]+/gu;
const ALPHABETIC_WORD = /^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Devanagari}\p{N}]+$/u;

const STOP_WORDS = new Set(
  (
    "a an the i im me my we our you your is are am was be been do does did to of in on at for and or but if " +
    "it its this that what how can could would should will there here any some with from about please pls so very much really ok okay " +
    "co khong ko la cua va cho toi em anh chi ban minh thi ma duoc dc nay do oi a ah nhe vay " +
    "saya aku kamu apa bisa yang di ke dan ini itu ada untuk dengan ya kah nya " +
    "ako ko ka mo po ba ang ng sa na mga ay kung may ano paano yung ung lang din rin " +
    "men sen u bu va bilan uchun qanday nima ham " +
    "я мне мой как что это и в на не ли у по для с бы би миний юу энэ вэ бэ " +
    "म मेरो छ हो के र को का कि"
  ).split(" "),
);

/** True for words too common to tell topics apart ("the", "la", "po"…). */
export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

const wordSegmenter = new Intl.Segmenter(undefined, { granularity: "word" });
const graphemeSegmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });

export type Features = Map<string, number>;

function add(features: Features, key: string, weight: number): void {
  features.set(key, (features.get(key) ?? 0) + weight);
}

const COMBINING_MARK = /\p{M}/u;

// Segmenting is slow; without combining marks every code point is its own grapheme.
function graphemes(text: string): string[] {
  if (!COMBINING_MARK.test(text)) return Array.from(text);
  return Array.from(graphemeSegmenter.segment(text), (s) => s.segment);
}

/** Weighted features of a text, ready for the vector index. */
export function features(text: string): Features {
  const normalized = normalizeForMatching(text);
  const out: Features = new Map();
  for (const part of wordSegmenter.segment(normalized)) {
    if (!part.isWordLike) continue;
    const word = part.segment;
    if (STOP_WORDS.has(word)) continue;
    add(out, `w:${word}`, 1);
    if (ALPHABETIC_WORD.test(word) && word.length >= 4) {
      const padded = `^${word}$`;
      const chars = graphemes(padded);
      for (let i = 0; i + 3 <= chars.length; i++) add(out, `t:${chars.slice(i, i + 3).join("")}`, 0.25);
    }
  }
  // Bigrams across spaces too, so "외국인 등록증" and "외국인등록증" share features.
  for (const run of normalized.replace(/\s+/g, "").matchAll(NO_SPACE_RUN)) {
    const chars = graphemes(run[0]);
    if (chars.length === 1) add(out, `u:${chars[0]}`, 0.5);
    for (let i = 0; i + 2 <= chars.length; i++) add(out, `b:${chars[i]}${chars[i + 1]}`, 0.6);
  }
  return out;
}
