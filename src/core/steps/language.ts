import type { EngineDeps, Turn } from "../turn.js";

// A confident detection of another language switches the reply language; a weak or romanised
// one never overrides what the resident chose or what we already settled on.
const SWITCH_CONFIDENCE = 0.85;
const FIRST_GUESS_CONFIDENCE = 0.5;

/** Settles the reply language for this turn and remembers it on the resident. */
export async function settleLanguage(turn: Turn, deps: EngineDeps): Promise<void> {
  if (!turn.text) return;
  const guess = deps.languages.detect(turn.text);
  if (guess.locale) turn.detected = guess.locale;
  const { resident } = turn;
  if (!guess.locale || guess.locale === turn.locale) {
    if (!resident.locale)
      await deps.store.setResidentLocale(resident.id, turn.locale, resident.localeSource ?? "default");
    return;
  }
  const known =
    resident.locale !== null && resident.localeSource !== "platform" && resident.localeSource !== "default";
  const needed = known ? SWITCH_CONFIDENCE : FIRST_GUESS_CONFIDENCE;
  if (guess.confidence < needed) return;
  if (known) turn.switchedLocale = guess.locale;
  turn.locale = guess.locale;
  await deps.store.setResidentLocale(resident.id, guess.locale, "detected");
  resident.locale = guess.locale;
  resident.localeSource = "detected";
}
