import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { LOCALES, type Locale, type Signal, type SignalDetector } from "../core/index.js";
import { fold } from "./normalize.js";
import { isStopWord } from "./tokenize.js";

type Lexicon = Partial<Record<Locale, Record<string, string[]>>>;

interface Cue {
  category: string;
  pattern: RegExp | string;
}

// Resolved from the project root so the same path works from src/ and from the built dist/.
const LEXICON_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "src", "knowledge", "lexicons");
const SPACED_SCRIPT = /[\p{Script=Latin}\p{Script=Cyrillic}]/u;
const SMALLTALK_LEFTOVER_WORDS = 3;
const SMALLTALK_LEFTOVER_CHARS = 15;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// Latin and Cyrillic cues match at the start of a word ("bleed" matches "bleeding"); greetings
// and cues of three letters or fewer must be whole words ("hi" is not "high" or "hiring").
// Scripts written without spaces, and Hangul with its attached particles, match anywhere.
function compile(category: string, cue: string, wholeWord: boolean): Cue | undefined {
  const folded = fold(cue).trim();
  if (!folded) return undefined;
  if (SPACED_SCRIPT.test(folded)) {
    const end = wholeWord || folded.length <= 3 ? "(?![\\p{L}\\p{N}])" : "";
    return { category, pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(folded)}${end}`, "u") };
  }
  return { category, pattern: folded };
}

function cues(lexicon: Lexicon, wholeWord = false): Cue[] {
  const seen = new Set<string>();
  const out: Cue[] = [];
  for (const locale of LOCALES) {
    for (const [category, list] of Object.entries(lexicon[locale] ?? {})) {
      for (const cue of list) {
        const key = `${category}\u0000${cue}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const compiled = compile(category, cue, wholeWord);
        if (compiled) out.push(compiled);
      }
    }
  }
  return out;
}

function matches(cue: Cue, text: string): boolean {
  return typeof cue.pattern === "string" ? text.includes(cue.pattern) : cue.pattern.test(text);
}

/** Reads a lexicon file from src/knowledge/lexicons/. */
export function loadLexicon(name: "emergency" | "smalltalk" | "personal-case", dir = LEXICON_DIR): Lexicon {
  return JSON.parse(readFileSync(join(dir, `${name}.json`), "utf8")) as Lexicon;
}

/**
 * Rule-based signals over every language's cues at once, so a wrong language guess never hides
 * an emergency. Greetings count only when little else is said.
 */
export class LexiconSignalDetector implements SignalDetector {
  private readonly emergency: Cue[];
  private readonly smalltalk: Cue[];
  private readonly personal: Cue[];

  constructor(lexicons: { emergency: Lexicon; smalltalk: Lexicon; personalCase: Lexicon }) {
    this.emergency = cues(lexicons.emergency);
    this.smalltalk = cues(lexicons.smalltalk, true);
    this.personal = cues(lexicons.personalCase);
  }

  static fromFiles(dir = LEXICON_DIR): LexiconSignalDetector {
    return new LexiconSignalDetector({
      emergency: loadLexicon("emergency", dir),
      smalltalk: loadLexicon("smalltalk", dir),
      personalCase: loadLexicon("personal-case", dir),
    });
  }

  detect(text: string): Signal[] {
    const folded = fold(text).replace(/\s+/g, " ");
    const signals: Signal[] = [];
    const danger = this.emergency.find((cue) => matches(cue, folded));
    if (danger) signals.push({ kind: "emergency", category: danger.category });
    const personal = this.personal.find((cue) => matches(cue, folded));
    if (personal) signals.push({ kind: "personalCase", cue: personal.category });
    const greeting = this.smalltalk.filter((cue) => matches(cue, folded));
    if (greeting.length > 0) {
      let rest = folded;
      for (const cue of greeting) rest = rest.replace(cue.pattern, " ");
      const leftover = rest.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1 && !isStopWord(w));
      const leftoverChars = leftover.join("").length;
      const category = greeting[0]?.category;
      if (
        leftover.length <= SMALLTALK_LEFTOVER_WORDS &&
        leftoverChars <= SMALLTALK_LEFTOVER_CHARS &&
        (category === "hello" || category === "thanks" || category === "bye")
      ) {
        signals.push({ kind: "smalltalk", smalltalk: category, otherWords: leftover.length });
      }
    }
    return signals;
  }
}
