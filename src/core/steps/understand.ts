import type { Decision } from "../decision.js";
import { PERSON_ONLY_CUES } from "../ports.js";
import type { EngineDeps, Turn } from "../turn.js";
import { handover } from "./commands.js";

// Very short messages with no match get one request to rephrase instead of a counselor.
const SHORT_MESSAGE_WORDS = 2;
const MAX_CHOICES = 3;
const CLARIFY_ROUNDS_BEFORE_HANDOVER = 2;
// A request about the conversation itself ("a person please", "switch to English") must match a
// meta phrasing closely and clearly better than any FAQ entry: "is there counselling in English?"
// mentions a language but asks about counselling.
const META_MIN_SIMILARITY = 0.4;
const META_LEAD = 1.2;
const META_MARGIN = 0.1;
// A personal-case cue that the confidently matched entry's own phrasings use ("where do I complain
// about unpaid wages", "the broker says I need not check the register") is part of that general
// question; a PERSON_ONLY_CUES one never is.
// Entries whose raw similarity is within this ratio of the best are "almost equally close".
const AMBIGUOUS_RATIO = 0.92;

function wordCount(text: string): number {
  const segmenter = new Intl.Segmenter(undefined, { granularity: "word" });
  let words = 0;
  for (const part of segmenter.segment(text)) if (part.isWordLike) words++;
  return words;
}

/**
 * Reads a free-text message: meta requests, small talk, personal cases, then the FAQ — answer
 * when confident, offer a few choices when unsure between them, otherwise a person.
 */
export async function understand(turn: Turn, deps: EngineDeps): Promise<Decision | undefined> {
  if (turn.inbound.kind === "attachment" && !turn.text) return { type: "unsupported" };
  if (!turn.text.trim()) return { type: "menu" };
  const { settings, store } = deps;
  const match = deps.knowledge.match(turn.text, turn.detected ?? turn.locale);
  turn.match = match;
  const meta = match.candidates.find((c) => c.topic.startsWith("meta."));
  const faq = match.candidates.filter((c) => !c.topic.startsWith("meta."));
  const best = faq[0];
  const confident = best !== undefined && best.confidence >= settings.answerThreshold;

  if (
    meta &&
    meta.confidence >= settings.answerThreshold &&
    meta.similarity >= META_MIN_SIMILARITY &&
    meta.similarity >= (best?.similarity ?? 0) * META_LEAD &&
    meta.similarity >= (best?.similarity ?? 0) + META_MARGIN
  ) {
    if (meta.topic === "meta.human") return handover(turn, deps, "requested");
    if (meta.topic === "meta.language") return { type: "languageMenu" };
    return { type: "menu" };
  }

  // A greeting with a real question attached ("hi, minimum wage?") gets the answer instead.
  const smalltalk = turn.signals.find((s) => s.kind === "smalltalk");
  if (smalltalk?.kind === "smalltalk" && !(confident && smalltalk.otherWords >= 2)) {
    return { type: "smalltalk", smalltalk: smalltalk.smalltalk };
  }

  const personal = turn.signals.find((s) => s.kind === "personalCase");
  const askedThisWay =
    personal?.kind === "personalCase" &&
    best !== undefined &&
    !PERSON_ONLY_CUES.includes(personal.cue) &&
    deps.knowledge.cuesOf(best.entryId).includes(personal.cue);
  if (personal && !(confident && askedThisWay)) return handover(turn, deps, "unanswerable", best?.topic);

  // Two entries almost equally close ("E7 visa": what it is? how to apply?) means we are unsure
  // between them: ask, rather than pick one confidently.
  const close = best ? faq.filter((c) => c.similarity >= best.similarity * AMBIGUOUS_RATIO) : [];
  if (best && confident && close.length >= 2 && turn.conversation.clarifyStreak === 0) {
    await store.updateConversation(turn.conversation.id, { clarifyStreak: 1 });
    return { type: "clarify", candidates: close.slice(0, MAX_CHOICES) };
  }
  if (best && confident) {
    await store.updateConversation(turn.conversation.id, {
      clarifyStreak: 0,
      lastEntryId: best.entryId,
      topic: best.topic,
    });
    return {
      type: "answer",
      entryId: best.entryId,
      topic: best.topic,
      confidence: best.confidence,
      explicit: false,
    };
  }
  const plausible = faq.filter((c) => c.confidence >= settings.clarifyThreshold).slice(0, MAX_CHOICES);
  if (plausible.length > 0) {
    const streak = turn.conversation.clarifyStreak + 1;
    if (streak >= CLARIFY_ROUNDS_BEFORE_HANDOVER) return handover(turn, deps, "clarifyFailed", best?.topic);
    await store.updateConversation(turn.conversation.id, { clarifyStreak: streak });
    return { type: "clarify", candidates: plausible };
  }
  if (wordCount(turn.text) <= SHORT_MESSAGE_WORDS && turn.conversation.clarifyStreak === 0) {
    await store.updateConversation(turn.conversation.id, { clarifyStreak: 1 });
    return { type: "retry" };
  }
  return handover(turn, deps, "unanswerable", best?.topic);
}
