import { fold } from "./normalize.js";

const SPACED_SCRIPT = /[\p{Script=Latin}\p{Script=Cyrillic}]/u;
// "제 신청" (my application) must not match inside "언제 신청" (when to apply): a Korean cue that
// opens with a one-syllable word matches only where that word starts.
const ONE_SYLLABLE_HANGUL_WORD = /^\p{Script=Hangul}\s/u;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A compiled term: a regular expression for spaced scripts, a substring for the others. */
export type TermPattern = RegExp | string;

/**
 * Compiles many terms at once: the spaced-script ones become one alternation per word-end rule,
 * so a message is tested against a few expressions instead of hundreds.
 */
export function compileTerms(terms: readonly string[], wholeWord = false): TermPattern[] {
  const substrings = new Set<string>();
  const open: string[] = [];
  const closed: string[] = [];
  const hangulWordStart: string[] = [];
  for (const term of terms) {
    const folded = fold(term).trim();
    if (!folded) continue;
    if (SPACED_SCRIPT.test(folded))
      (wholeWord || folded.length <= 3 ? closed : open).push(escapeRegExp(folded));
    else if (ONE_SYLLABLE_HANGUL_WORD.test(folded)) hangulWordStart.push(escapeRegExp(folded));
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
  return patterns;
}

export function termMatches(pattern: TermPattern, foldedText: string): boolean {
  return typeof pattern === "string" ? foldedText.includes(pattern) : pattern.test(foldedText);
}
