import type { Decision } from "../decision.js";
import { isLocale } from "../locales.js";
import type { EngineDeps, Turn } from "../turn.js";

/** Buttons and commands: start, help/menu, language, talk to a person, a picked FAQ entry. */
export async function commandsAndChoices(turn: Turn, deps: EngineDeps): Promise<Decision | undefined> {
  const { inbound, conversation } = turn;
  if (inbound.kind === "command") {
    switch (inbound.command) {
      case "start":
        return { type: "welcome" };
      case "help":
        return { type: "menu" };
      case "lang": {
        const wanted = inbound.argument?.trim().toLowerCase();
        if (wanted && isLocale(wanted)) return changeLanguage(turn, deps, wanted);
        return { type: "languageMenu" };
      }
      case "human":
        return handover(turn, deps, "requested");
      case "cancel":
        return { type: "menu" };
    }
  }
  if (inbound.kind !== "choice") return undefined;
  const value = inbound.value;
  if (value.startsWith("lang:")) {
    const wanted = value.slice(5);
    return isLocale(wanted) ? changeLanguage(turn, deps, wanted) : { type: "languageMenu" };
  }
  if (value === "language") return { type: "languageMenu" };
  if (value === "menu") return { type: "menu" };
  if (value.startsWith("menu:")) return { type: "menu", group: value.slice(5) };
  if (value === "human") {
    const reason =
      conversation.awaiting === "notHelpful"
        ? "notHelpful"
        : conversation.clarifyStreak > 0
          ? "clarifyFailed"
          : "requested";
    return handover(turn, deps, reason);
  }
  if (value.startsWith("entry:")) {
    const entryId = value.slice(6);
    const answer = deps.knowledge.answer(entryId, turn.locale);
    if (answer) return { type: "answer", entryId, topic: answer.topic, confidence: 1, explicit: true };
  }
  // A stale or unknown button (an old keyboard, an archived entry): show the menu again.
  return { type: "menu" };
}

async function changeLanguage(turn: Turn, deps: EngineDeps, locale: Turn["locale"]): Promise<Decision> {
  await deps.store.setResidentLocale(turn.resident.id, locale, "chosen");
  await deps.store.updateConversation(turn.conversation.id, { language: locale });
  turn.resident.locale = locale;
  turn.resident.localeSource = "chosen";
  turn.locale = locale;
  return { type: "languageChanged", locale };
}

/** Puts the conversation in the queue; shared by every step that hands over. */
export async function handover(
  turn: Turn,
  deps: EngineDeps,
  reason: "requested" | "unanswerable" | "clarifyFailed" | "notHelpful",
  topic?: string,
): Promise<Decision> {
  if (topic) await deps.store.updateConversation(turn.conversation.id, { topic });
  const ticket = await deps.handoff.request(turn.conversation, reason, "normal", turn.locale);
  return { type: "handover", reason, priority: "normal", ticket, ...(topic ? { topic } : {}) };
}
