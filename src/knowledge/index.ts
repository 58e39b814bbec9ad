export {
  type EvalCase,
  type EvalMetrics,
  type EvalOutcome,
  formatReport,
  isCorrect,
  type Outcome,
  readEvalCases,
  score,
  toOutcome,
} from "./evaluation.js";
export type {
  FaqRecord,
  FaqRepository,
  FaqSource,
  FaqStatus,
  FaqTranslationRecord,
  NewFaqRecord,
} from "./faq.js";
export { type Calibration, calibrate, DEFAULT_CALIBRATION, FaqKnowledgeBase } from "./faq-knowledge-base.js";
export { seedFileSchema } from "./faq-seed-schema.js";
export { byScript, VotingLanguageDetector } from "./language-detector.js";
export { fold, normalizeForMatching, unifyVisaCodes } from "./normalize.js";
export { formatReviewReport, type ReviewItem, type ReviewReport, reviewReport } from "./review.js";
export { readSeed, SEED_DIR, SeedError, seedFaq } from "./seed.js";
export { LexiconSignalDetector, loadLexicon, loadTermLexicon, type TermLexicon } from "./signal-detector.js";
export { features } from "./tokenize.js";
export { isTopic, OUTCOME_LABELS, TOPICS, type Topic } from "./topics.js";
export { ZawgyiRepair } from "./zawgyi.js";
