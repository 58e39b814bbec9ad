import { readFileSync } from "node:fs";
import type { Decision } from "../core/index.js";
import { OUTCOME_LABELS } from "./topics.js";

/** One labelled resident message (the format of shared/eval/*.jsonl). */
export interface EvalCase {
  id: string;
  text: string;
  lang?: string;
  expect?: string[];
}

/** Reads a JSON-lines case file; a broken line is named by its number. */
export function readEvalCases(path: string): EvalCase[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .map((line, i) => ({ line: line.trim(), number: i + 1 }))
    .filter(({ line }) => line !== "")
    .map(({ line, number }) => {
      let parsed: unknown;
      try {
        parsed = JSON.parse(line);
      } catch {
        throw new Error(`${path}:${number}: not valid JSON`);
      }
      const c = parsed as Partial<EvalCase>;
      if (typeof c.id !== "string" || typeof c.text !== "string")
        throw new Error(`${path}:${number}: needs "id" and "text" strings`);
      return c as EvalCase;
    });
}

export type Outcome = "answer" | "clarify" | "handoff" | "emergency" | "smalltalk" | "meta";

/** What Dari did with a case, one JSON line of `npm run eval -- --out`. */
export interface EvalOutcome {
  id: string;
  detectedLanguage: string | null;
  outcome: Outcome;
  topic?: string;
  choices?: string[];
  reason?: string;
  meta?: "human" | "language" | "menu";
}

/** Maps an engine decision onto the eval vocabulary; `topicOf` resolves clarify choices. */
export function toOutcome(id: string, detectedLanguage: string | null, decision: Decision): EvalOutcome {
  const base = { id, detectedLanguage };
  switch (decision.type) {
    case "answer":
      return { ...base, outcome: "answer", topic: decision.topic };
    case "clarify":
      return { ...base, outcome: "clarify", choices: decision.candidates.map((c) => c.topic) };
    case "retry":
      return { ...base, outcome: "clarify", choices: [] };
    case "handover":
      return {
        ...base,
        outcome: "handoff",
        reason: decision.reason,
        ...(decision.reason === "requested" ? { meta: "human" as const } : {}),
      };
    case "emergency":
      return { ...base, outcome: "emergency" };
    case "smalltalk":
      return { ...base, outcome: "smalltalk" };
    case "languageMenu":
    case "languageChanged":
      return { ...base, outcome: "meta", meta: "language" };
    default:
      return { ...base, outcome: "meta", meta: "menu" };
  }
}

const isOutcomeLabel = (label: string) => (OUTCOME_LABELS as readonly string[]).includes(label);

/** True when the outcome gives the resident what the label asks for. */
export function isCorrect(c: EvalCase, o: EvalOutcome): boolean {
  const expected = c.expect ?? [];
  return expected.some((label) => {
    if (label === "emergency") return o.outcome === "emergency";
    if (label === "escalate") return o.outcome === "handoff";
    if (label === "smalltalk") return o.outcome === "smalltalk";
    if (label === "meta.human")
      return (o.outcome === "handoff" && o.reason === "requested") || o.meta === "human";
    if (label === "meta.language") return o.outcome === "meta" && o.meta === "language";
    if (label === "meta.menu") return o.outcome === "meta" && o.meta === "menu";
    return o.outcome === "answer" && o.topic === label;
  });
}

interface Tally {
  cases: number;
  topicCases: number;
  topicCorrect: number;
  confidentlyWrong: number;
  emergencyCases: number;
  emergencyCaught: number;
  escalateCases: number;
  escalateCaught: number;
  clarified: number;
  clarifiedWithRight: number;
  languageCases: number;
  languageCorrect: number;
  correct: number;
}

export interface EvalMetrics {
  cases: number;
  accuracy: number;
  top1: number | null;
  confidentlyWrong: number;
  emergencyRecall: number | null;
  escalateRecall: number | null;
  clarifyRate: number;
  clarifyHit: number | null;
  languageId: number | null;
}

const ratio = (a: number, b: number) => (b === 0 ? null : a / b);

function empty(): Tally {
  return {
    cases: 0,
    topicCases: 0,
    topicCorrect: 0,
    confidentlyWrong: 0,
    emergencyCases: 0,
    emergencyCaught: 0,
    escalateCases: 0,
    escalateCaught: 0,
    clarified: 0,
    clarifiedWithRight: 0,
    languageCases: 0,
    languageCorrect: 0,
    correct: 0,
  };
}

function finish(t: Tally): EvalMetrics {
  return {
    cases: t.cases,
    accuracy: ratio(t.correct, t.cases) ?? 0,
    top1: ratio(t.topicCorrect, t.topicCases),
    confidentlyWrong: ratio(t.confidentlyWrong, t.cases) ?? 0,
    emergencyRecall: ratio(t.emergencyCaught, t.emergencyCases),
    escalateRecall: ratio(t.escalateCaught, t.escalateCases),
    clarifyRate: ratio(t.clarified, t.cases) ?? 0,
    clarifyHit: ratio(t.clarifiedWithRight, t.clarified),
    languageId: ratio(t.languageCorrect, t.languageCases),
  };
}

/** Scores outcomes against labelled cases, overall and per language. */
export function score(
  cases: EvalCase[],
  outcomes: EvalOutcome[],
): { overall: EvalMetrics; byLanguage: Record<string, EvalMetrics> } {
  const byId = new Map(outcomes.map((o) => [o.id, o]));
  const overall = empty();
  const perLanguage = new Map<string, Tally>();
  for (const c of cases) {
    const o = byId.get(c.id);
    if (!o || !c.expect?.length) continue;
    const tallies = [overall];
    if (c.lang) {
      if (!perLanguage.has(c.lang)) perLanguage.set(c.lang, empty());
      tallies.push(perLanguage.get(c.lang) as Tally);
    }
    const expected = c.expect;
    const topicCase = expected.some((l) => !isOutcomeLabel(l));
    const correct = isCorrect(c, o);
    for (const t of tallies) {
      t.cases++;
      if (correct) t.correct++;
      if (topicCase) {
        t.topicCases++;
        if (correct) t.topicCorrect++;
      }
      if (o.outcome === "answer" && !correct) t.confidentlyWrong++;
      if (expected.includes("emergency")) {
        t.emergencyCases++;
        if (o.outcome === "emergency") t.emergencyCaught++;
      }
      if (expected.includes("escalate")) {
        t.escalateCases++;
        if (o.outcome === "handoff") t.escalateCaught++;
      }
      if (o.outcome === "clarify") {
        t.clarified++;
        if (o.choices?.some((topic) => expected.includes(topic))) t.clarifiedWithRight++;
      }
      if (c.lang) {
        t.languageCases++;
        if (o.detectedLanguage === c.lang) t.languageCorrect++;
      }
    }
  }
  return {
    overall: finish(overall),
    byLanguage: Object.fromEntries([...perLanguage].sort().map(([lang, t]) => [lang, finish(t)])),
  };
}

const pct = (v: number | null) => (v === null ? "   –  " : `${(v * 100).toFixed(1).padStart(5)}%`);

/** A fixed-width table of the metrics, one row per language and one overall. */
export function formatReport(result: ReturnType<typeof score>): string {
  const header = "lang   cases  top-1   conf.wrong  emerg.rec  escal.rec  clarify  clar.hit  lang-id";
  const row = (name: string, m: EvalMetrics) =>
    `${name.padEnd(6)} ${String(m.cases).padStart(5)}  ${pct(m.top1)}  ${pct(m.confidentlyWrong)}     ${pct(m.emergencyRecall)}    ${pct(m.escalateRecall)}   ${pct(m.clarifyRate)}  ${pct(m.clarifyHit)}  ${pct(m.languageId)}`;
  return [
    header,
    ...Object.entries(result.byLanguage).map(([l, m]) => row(l, m)),
    row("ALL", result.overall),
  ].join("\n");
}
