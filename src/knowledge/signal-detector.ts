import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { LOCALES, type Locale, PERSON_ONLY_CUES, type Signal, type SignalDetector } from "../core/index.js";
import { fold } from "./normalize.js";
import { compileTerms, type TermPattern, termMatches } from "./term-pattern.js";
import { isStopWord } from "./tokenize.js";

type Lexicon = Partial<Record<Locale, Record<string, string[]>>>;

// Someone not breathing, convulsing, overdosed or suicidal is an emergency even said calmly.
const GRAVE_ALONE = new Set(["unconscious", "seizure", "overdose", "suicide"]);
const DISTRESS = "distress";
// A suicide note's pieces ("this is my last message", "tell my mother I'm sorry", "I'm on the
// bridge"): danger beside despair or "now", and never explained away as a past or habitual event.
const FAREWELL = "farewell";

/**
 * Danger terms by category, plus urgency ("now", "help!") and habitual ("sometimes", "if there is
 * a fire") markers. `asking` markers ("what do I do") are urgency that a habitual or conditional
 * framing still explains away: "smoke in the hallway, what do I do" is danger now, "if there is a
 * fire in the dorm, what do I do" a question.
 */
export type TermLexicon = Partial<
  Record<
    Locale,
    { danger: Record<string, string[]>; urgency: string[]; asking?: string[]; habitual: string[] }
  >
>;

interface Cue {
  category: string;
  pattern: TermPattern;
}

// Resolved from the project root so the same path works from src/ and from the built dist/.
const LEXICON_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "src", "knowledge", "lexicons");
const SMALLTALK_LEFTOVER_WORDS = 3;
const SMALLTALK_LEFTOVER_CHARS = 15;
// Someone in danger does not write the words of a cue side by side: "blood is flowing a lot",
// "피를 너무 많이 흘려요". Up to two other words may stand between the words of a danger cue.
const DANGER_WORD_GAP = 2;

// Every language's cues of one category are compiled together: a message is tested against a
// few patterns per category, not against each of the thousands of cues.
function cues(lexicon: Lexicon, options: { wholeWord?: boolean; wordGap?: number } = {}): Cue[] {
  const byCategory = new Map<string, string[]>();
  for (const locale of LOCALES) {
    for (const [category, list] of Object.entries(lexicon[locale] ?? {})) {
      byCategory.set(category, [...(byCategory.get(category) ?? []), ...list]);
    }
  }
  return [...byCategory].flatMap(([category, list]) =>
    compileTerms(list, options).map((pattern) => ({ category, pattern })),
  );
}

function removeAll(text: string, pattern: TermPattern): string {
  let out = "";
  let at = 0;
  for (const [from, to] of spans(pattern, text)) {
    if (from >= at) out += `${text.slice(at, from)} `;
    at = Math.max(at, to);
  }
  return out + text.slice(at);
}

/** Where a compiled cue occurs in the text, as [start, end) offsets. */
function spans(pattern: TermPattern, text: string): [number, number][] {
  const found: [number, number][] = [];
  if (typeof pattern === "string") {
    for (let at = text.indexOf(pattern); at >= 0; at = text.indexOf(pattern, at + 1))
      found.push([at, at + pattern.length]);
    return found;
  }
  // The expression itself on the rest of the text, not a global twin: a second compilation of a
  // few thousand cues would cost the first message that needs it a good part of a second.
  for (let offset = 0; offset <= text.length; ) {
    const m = pattern.exec(text.slice(offset));
    if (!m) break;
    found.push([offset + m.index, offset + m.index + m[0].length]);
    offset += m.index + Math.max(1, m[0].length);
  }
  return found;
}

function matches(cue: Cue, text: string): boolean {
  return termMatches(cue.pattern, text);
}

/** Reads a lexicon file from src/knowledge/lexicons/. */
export function loadLexicon(name: "emergency" | "smalltalk" | "personal-case", dir = LEXICON_DIR): Lexicon {
  return JSON.parse(readFileSync(join(dir, `${name}.json`), "utf8")) as Lexicon;
}

export function loadTermLexicon(dir = LEXICON_DIR): TermLexicon {
  return JSON.parse(readFileSync(join(dir, "emergency-terms.json"), "utf8")) as TermLexicon;
}

interface TermCues {
  danger: Cue[];
  urgency: Cue[];
  asking: Cue[];
  habitual: Cue[];
}

function termCues(terms: TermLexicon): TermCues {
  const danger: Lexicon = {};
  const urgency: Lexicon = {};
  const asking: Lexicon = {};
  const habitual: Lexicon = {};
  for (const locale of LOCALES) {
    const entry = terms[locale];
    if (!entry) continue;
    danger[locale] = entry.danger;
    urgency[locale] = { urgency: entry.urgency };
    asking[locale] = { asking: entry.asking ?? [] };
    habitual[locale] = { habitual: entry.habitual };
  }
  return {
    danger: cues(danger, { wordGap: DANGER_WORD_GAP }),
    urgency: cues(urgency),
    asking: cues(asking),
    habitual: cues(habitual),
  };
}

/**
 * Rule-based signals over every language's cues at once, so a wrong language guess never hides
 * an emergency. Greetings count only when little else is said.
 */
export class LexiconSignalDetector implements SignalDetector {
  private readonly emergency: Cue[];
  private readonly terms: TermCues;
  private readonly smalltalk: Cue[];
  private readonly personal: Cue[];
  private readonly avoidance: Cue[];

  constructor(lexicons: {
    emergency: Lexicon;
    emergencyTerms?: TermLexicon;
    smalltalk: Lexicon;
    personalCase: Lexicon;
  }) {
    this.emergency = cues(lexicons.emergency);
    this.terms = termCues(lexicons.emergencyTerms ?? {});
    this.smalltalk = cues(lexicons.smalltalk, { wholeWord: true });
    const personal = cues(lexicons.personalCase);
    // A request only a person can carry out wins over a dispute in the same message: "scammed by
    // the landlord, can you call him for me" is a "do it for me", not a question about scams.
    const rank = (c: Cue) => (PERSON_ONLY_CUES.includes(c.category) ? 0 : 1);
    this.personal = personal.filter((c) => c.category !== "avoidance").sort((a, b) => rank(a) - rank(b));
    this.avoidance = personal.filter((c) => c.category === "avoidance");
    // V8 compiles each expression when it first runs, about a second for all the cues: done here,
    // at start-up, rather than while the first resident waits.
    // V8 interprets an expression first and compiles it on a later run, separately for text in
    // Latin-1 and for any other text: hence two runs of each kind.
    for (let run = 0; run < 2; run++)
      for (const text of ["help, my friend is bleeding now, thanks", "도와주세요 친구가 피를 흘려요 지금"])
        this.detect(text);
  }

  static fromFiles(dir = LEXICON_DIR): LexiconSignalDetector {
    return new LexiconSignalDetector({
      emergency: loadLexicon("emergency", dir),
      emergencyTerms: loadTermLexicon(dir),
      smalltalk: loadLexicon("smalltalk", dir),
      personalCase: loadLexicon("personal-case", dir),
    });
  }

  /**
   * Danger now: a known phrase; or a danger term with an urgency or asking marker; or a grave
   * term; or terms of two kinds (blood and unconscious; fear or a farewell beside another). A
   * habitual or conditional framing ("he sometimes hits me", "if there is a fire") without urgency
   * is a question about a situation, which the FAQ answers calmly — except suicidal words.
   */
  private danger(folded: string): string | undefined {
    const phrase = this.emergency.find((cue) => matches(cue, folded));
    const terms = this.terms.danger.filter((cue) => matches(cue, folded));
    // Fear ("I'm scared") is a danger only beside another one: "so scared, help, my visa expires
    // tomorrow" is anxiety about a question.
    const dangers = terms.filter((t) => t.category !== DISTRESS);
    if (!phrase && dangers.length === 0) return undefined;
    const urgent = this.terms.urgency.some((cue) => matches(cue, folded));
    const asking = this.terms.asking.some((cue) => matches(cue, folded));
    // A habitual marker lying wholly inside the danger words ("动不动" in "一动不动", lying
    // motionless) is part of the danger, not a framing of it.
    const inside = (phrase ? [phrase, ...terms] : terms).flatMap((cue) => spans(cue.pattern, folded));
    const habitual = this.terms.habitual.some((cue) =>
      spans(cue.pattern, folded).some(([from, to]) => !inside.some(([a, b]) => a <= from && to <= b)),
    );
    const kinds = new Set(terms.map((t) => t.category));
    const category = phrase?.category ?? (dangers[0] as Cue).category;
    const suicidal = category === "suicide" || kinds.has("suicide") || kinds.has(FAREWELL);
    if (habitual && !urgent && !suicidal) return undefined;
    const grave = [...kinds].some((kind) => GRAVE_ALONE.has(kind));
    if (phrase || grave || urgent || asking || kinds.size >= 2) return category;
    return undefined;
  }

  detect(text: string): Signal[] {
    const folded = fold(text).replace(/\s+/g, " ");
    const signals: Signal[] = [];
    const danger = this.danger(folded);
    if (danger) signals.push({ kind: "emergency", category: danger });
    // "How do I avoid being scammed on a deposit?" asks for advice; it reports no dispute.
    const avoiding = this.avoidance.some((cue) => matches(cue, folded));
    const personal = this.personal.find(
      (cue) =>
        matches(cue, folded) && !(avoiding && (cue.category === "dispute" || cue.category === "complaint")),
    );
    if (personal) signals.push({ kind: "personalCase", cue: personal.category });
    const greeting = this.smalltalk.filter((cue) => matches(cue, folded));
    if (greeting.length > 0) {
      let rest = folded;
      for (const cue of greeting) rest = removeAll(rest, cue.pattern);
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
