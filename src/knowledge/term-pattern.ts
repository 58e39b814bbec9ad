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

export function termMatches(pattern: TermPattern, foldedText: string): boolean {
  return typeof pattern === "string" ? foldedText.includes(pattern) : pattern.test(foldedText);
}
