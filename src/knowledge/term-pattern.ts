import { fold } from "./normalize.js";

const SPACED_SCRIPT = /[\p{Script=Latin}\p{Script=Cyrillic}]/u;
// "제 신청" (my application) must not match inside "언제 신청" (when to apply): a Korean cue that
// opens with a one-syllable word matches only where that word starts.
const ONE_SYLLABLE_HANGUL_WORD = /^\p{Script=Hangul}\s/u;
// Scripts whose spaces separate words; in Thai, Khmer, Burmese, Chinese or Japanese a space
// separates phrases, so a gap there could join unrelated ones.
const WORD_SPACED = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Hangul}\p{Script=Devanagari}]/u;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A compiled term: a regular expression for spaced scripts, a substring for the others. */
export type TermPattern = RegExp | string;

/**
 * Compiles many terms at once: the spaced-script ones become one alternation per word-end rule,
 * so a message is tested against a few expressions instead of hundreds. With `wordGap`, the words
 * of a several-word term may have up to that many other words between them ("रगत धेरै बगिरहेको",
 * blood a-lot flowing, still reads as "रगत बग").
 */
export function compileTerms(
  terms: readonly string[],
  { wholeWord = false, wordGap = 0 }: { wholeWord?: boolean; wordGap?: number } = {},
): TermPattern[] {
  const substrings = new Set<string>();
  const open: string[] = [];
  const closed: string[] = [];
  const hangulWordStart: string[] = [];
  const anywhere: string[] = [];
  const gap = `(?:\\s+\\S+){0,${wordGap}}\\s+`;
  for (const term of terms) {
    const folded = fold(term).trim();
    if (!folded) continue;
    const gapped = wordGap > 0 && /\s/u.test(folded) && WORD_SPACED.test(folded);
    const source = gapped ? folded.split(/\s+/u).map(escapeRegExp).join(gap) : escapeRegExp(folded);
    if (SPACED_SCRIPT.test(folded)) (wholeWord || folded.length <= 3 ? closed : open).push(source);
    else if (ONE_SYLLABLE_HANGUL_WORD.test(folded)) hangulWordStart.push(source);
    else if (gapped) anywhere.push(source);
    else substrings.add(folded);
  }
  // Longest first, so an alternation never stops at a shorter term that a longer one contains.
  const alternation = (list: string[]) => [...new Set(list)].sort((a, b) => b.length - a.length).join("|");
  const patterns: TermPattern[] = [...substrings];
  if (open.length) patterns.push(new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(open)})`, "u"));
  if (closed.length)
    patterns.push(new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(closed)})(?![\\p{L}\\p{N}])`, "u"));
  if (hangulWordStart.length)
    patterns.push(new RegExp(`(?<!\\p{Script=Hangul})(?:${alternation(hangulWordStart)})`, "u"));
  if (anywhere.length) patterns.push(new RegExp(`(?:${alternation(anywhere)})`, "u"));
  return patterns;
}

export function termMatches(pattern: TermPattern, foldedText: string): boolean {
  return typeof pattern === "string" ? foldedText.includes(pattern) : pattern.test(foldedText);
}
