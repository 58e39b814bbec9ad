import type { Decision } from "../decision.js";
import type { MatchCandidate } from "../ports.js";
import type { EngineDeps, Turn } from "../turn.js";
import { handover } from "./commands.js";

// Very short messages with no match get one request to rephrase instead of a counselor.
const SHORT_MESSAGE_WORDS = 2;
const MAX_CHOICES = 3;
const CLARIFY_ROUNDS_BEFORE_HANDOVER = 2;

function wordCount(text: string): number {
  const segmenter = new Intl.Segmenter(undefined, { granularity: "word" });
  let words = 0;
  for (const part of segmenter.segment(text)) if (part.isWordLike) words++;
  return words;
}

/** Reads a free-text message: meta requests, small talk, personal cases, then the FAQ. */
export async function understand(turn: Turn, deps: EngineDeps): Promise<Decision | undefined> {
  if (turn.inbound.kind === "attachment" && !turn.text) return { type: "unsupported" };
  if (!turn.text.trim()) return { type: "menu" };
  const { settings } = deps;
  const match = deps.knowledge.match(turn.text, turn.detected ?? turn.locale);
  turn.match = match;
  const [top] = match.candidates;
  const confident = top !== undefined && top.confidence >= settings.answerThreshold;

  if (top && confident && top.topic.startsWith("meta.")) {
    if (top.topic === "meta.human") return handover(turn, deps, "requested");
    if (top.topic === "meta.language") return { type: "languageMenu" };
    return { type: "menu" };
  }

  // A greeting with a real question attached ("hi, minimum wage?") gets the answer instead.
  const smalltalk = turn.signals.find((s) => s.kind === "smalltalk");
  if (smalltalk?.kind === "smalltalk" && !(confident && smalltalk.otherWords >= 2)) {
    return { type: "smalltalk", smalltalk: smalltalk.smalltalk };
  }

  const personal = turn.signals.find((s) => s.kind === "personalCase");
  if (personal) return handover(turn, deps, "unanswerable", top?.topic);

  const faq = match.candidates.filter((c) => !c.topic.startsWith("meta."));
  const best = faq[0];
  if (best && best.confidence >= settings.answerThreshold) {
    await deps.store.updateConversation(turn.conversation.id, {
      clarifyStreak: 0,
      lastEntryId: best.entryId,
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
    await deps.store.updateConversation(turn.conversation.id, { clarifyStreak: streak });
    return { type: "clarify", candidates: plausible satisfies MatchCandidate[] };
  }
  if (wordCount(turn.text) <= SHORT_MESSAGE_WORDS && turn.conversation.clarifyStreak === 0) {
    await deps.store.updateConversation(turn.conversation.id, { clarifyStreak: 1 });
    return { type: "retry" };
  }
  return handover(turn, deps, "unanswerable");
}
