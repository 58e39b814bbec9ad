import { fold } from "./normalize.js";

const SPACED_SCRIPT = /[\p{Script=Latin}\p{Script=Cyrillic}]/u;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A compiled term: a regular expression for spaced scripts, a substring for the others. */
export type TermPattern = RegExp | string;

/**
 * Compiles a cue or keyword for text already passed through fold(). Latin and Cyrillic terms
 * match at the start of a word ("bleed" matches "bleeding", "move" does not match "remove");
 * with `wholeWord`, and for terms of three letters or fewer, they must end a word too.
 * Scripts written without spaces, and Hangul with its attached particles, match anywhere.
 */
export function compileTerm(term: string, wholeWord = false): TermPattern | undefined {
  const folded = fold(term).trim();
  if (!folded) return undefined;
  if (SPACED_SCRIPT.test(folded)) {
    const end = wholeWord || folded.length <= 3 ? "(?![\\p{L}\\p{N}])" : "";
    return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(folded)}${end}`, "u");
  }
  return folded;
}

/**
 * Compiles many terms at once: the spaced-script ones become one alternation per word-end rule,
 * so a message is tested against a few expressions instead of hundreds.
 */
export function compileTerms(terms: readonly string[], wholeWord = false): TermPattern[] {
  const substrings = new Set<string>();
  const open: string[] = [];
  const closed: string[] = [];
  for (const term of terms) {
    const folded = fold(term).trim();
    if (!folded) continue;
    if (!SPACED_SCRIPT.test(folded)) substrings.add(folded);
    else (wholeWord || folded.length <= 3 ? closed : open).push(escapeRegExp(folded));
  }
  // Longest first, so an alternation never stops at a shorter term that a longer one contains.
  const alternation = (list: string[]) => [...new Set(list)].sort((a, b) => b.length - a.length).join("|");
  const patterns: TermPattern[] = [...substrings];
  if (open.length) patterns.push(new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(open)})`, "u"));
  if (closed.length)
    patterns.push(new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(closed)})(?![\\p{L}\\p{N}])`, "u"));
  return patterns;
}

export function termMatches(pattern: TermPattern, foldedText: string): boolean {
  return typeof pattern === "string" ? foldedText.includes(pattern) : pattern.test(foldedText);
}
