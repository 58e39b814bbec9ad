export type { Decision, DecisionType } from "./decision.js";
export { Engine, type EngineResult } from "./engine.js";
export * from "./lifecycle.js";
export * from "./locales.js";
export type * from "./messages.js";
export type * from "./model.js";
export * from "./ports.js";
export { render, surveyPrompt, TOPIC_GROUPS } from "./render.js";
export { DEFAULT_ENGINE_SETTINGS, type EngineDeps, type EngineSettings } from "./turn.js";
