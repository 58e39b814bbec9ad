import type { Decision } from "../decision.js";
import type { EngineDeps, Turn } from "../turn.js";

const RATING = /^\s*([1-5])\s*(?:\/\s*5)?\s*[.!]?\s*$/;

/** Answers to something Dari asked: a survey rating or comment, or "was this helpful?". */
export async function awaitingReply(turn: Turn, deps: EngineDeps): Promise<Decision | undefined> {
  const { conversation, inbound } = turn;
  const choice = inbound.kind === "choice" ? inbound.value : undefined;

  if (conversation.awaiting === "surveyRating") {
    const fromChoice = choice?.startsWith("survey:") ? Number(choice.slice(7)) : Number.NaN;
    const fromText = inbound.kind === "text" ? RATING.exec(inbound.text)?.[1] : undefined;
    const rating = Number.isInteger(fromChoice) ? fromChoice : fromText ? Number(fromText) : Number.NaN;
    if (rating >= 1 && rating <= 5) {
      await deps.store.updateConversation(conversation.id, {
        satisfaction: rating,
        awaiting: "surveyComment",
      });
      return { type: "surveyRating", rating };
    }
    // Anything else means the resident moved on: leave the survey unanswered.
    await deps.store.updateConversation(conversation.id, { awaiting: null });
    return undefined;
  }

  if (conversation.awaiting === "surveyComment") {
    await deps.store.updateConversation(conversation.id, { awaiting: null });
    if (choice === "survey:skip") return { type: "surveyComment", comment: null };
    if (inbound.kind === "text" && turn.text.trim()) {
      await deps.store.updateConversation(conversation.id, { satisfactionComment: turn.text.trim() });
      return { type: "surveyComment", comment: turn.text.trim() };
    }
    return undefined;
  }

  if (choice === "feedback:yes" || choice === "feedback:no") {
    const helpful = choice === "feedback:yes";
    await deps.store.updateConversation(conversation.id, { awaiting: helpful ? null : "notHelpful" });
    return { type: "feedback", helpful };
  }
  return undefined;
}
