// `npm run bench`: matching latency with the full FAQ loaded, in process, and the index build
// time and memory. Queries are the seed's own phrasings, lightly disturbed (typos, case, codes),
// and, when present, resident messages from an eval file (`--file`, default the shared dev set):
// those carry the romanised and code-mixed text that takes the slower all-language path.
import { existsSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { LOCALES, type Locale } from "../src/core/index.js";
import {
  FaqKnowledgeBase,
  type FaqRecord,
  LexiconSignalDetector,
  readEvalCases,
  readSeed,
  VotingLanguageDetector,
} from "../src/knowledge/index.js";

function disturb(text: string, i: number): string {
  const chars = [...text];
  if (chars.length > 6) chars.splice(i % chars.length, 1);
  return i % 3 === 0 ? chars.join("").toUpperCase() : chars.join("");
}

// Run with --expose-gc (npm run bench does) so the heap figures count live objects, not garbage.
const liveHeap = () => {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed;
};
const heapBefore = liveHeap();
const entries: FaqRecord[] = readSeed().map((e, i) => ({ ...e, id: `e${i}` }));
const signalsStart = performance.now();
const signals = LexiconSignalDetector.fromFiles();
const signalsMs = performance.now() - signalsStart;
const heapWithSignals = liveHeap();
const buildStart = performance.now();
const kb = new FaqKnowledgeBase(entries, { signals });
const buildMs = performance.now() - buildStart;
const heapMb = (liveHeap() - heapWithSignals) / 1024 / 1024;
const signalsMb = (heapWithSignals - heapBefore) / 1024 / 1024;
const detector = new VotingLanguageDetector();

const queries = entries.flatMap((e) =>
  LOCALES.flatMap((l) =>
    (e.translations[l]?.phrasings ?? []).slice(0, 3).map((p, i) => ({ text: disturb(p, i), locale: l })),
  ),
);
const fileArg = process.argv.indexOf("--file");
const evalFile = fileArg > 0 ? process.argv[fileArg + 1] : "../shared/eval/dev.jsonl";
const residentMessages =
  evalFile && existsSync(evalFile)
    ? readEvalCases(evalFile).map((c) => ({ text: c.text, locale: (c.lang ?? "en") as Locale }))
    : [];
for (const q of queries.slice(0, 200)) kb.match(q.text, q.locale); // warm-up

type Query = (typeof queries)[number];
function measure(fn: (q: Query) => void, set: Query[] = queries, rounds = 3): number[] {
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const q of set) {
      const t = performance.now();
      fn(q);
      times.push(performance.now() - t);
    }
  }
  return times.sort((a, b) => a - b);
}
const at = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
const report = (name: string, t: number[]) =>
  console.log(
    `${name.padEnd(22)} n=${t.length}  p50=${at(t, 0.5).toFixed(3)} ms  p95=${at(t, 0.95).toFixed(3)} ms  p99=${at(t, 0.99).toFixed(3)} ms  max=${at(t, 1).toFixed(3)} ms`,
  );

console.log(
  `FAQ: ${entries.length} entries, ${queries.length} distinct queries; index built in ${buildMs.toFixed(0)} ms, ~${heapMb.toFixed(1)} MB heap`,
);
console.log(
  `signal lexicons compiled and warmed in ${signalsMs.toFixed(0)} ms, ~${signalsMb.toFixed(1)} MB heap`,
);
report(
  "match (KnowledgeBase)",
  measure((q) => kb.match(q.text, q.locale)),
);
report(
  "language ID",
  measure((q) => detector.detect(q.text)),
);
report(
  "language ID + match",
  measure((q) => kb.match(q.text, detector.detect(q.text).locale ?? q.locale)),
);
if (residentMessages.length > 0) {
  console.log(`resident messages from ${evalFile}: ${residentMessages.length}`);
  report(
    "match (messages)",
    measure((q) => kb.match(q.text, q.locale), residentMessages, 20),
  );
  report(
    "lang ID+signals+match",
    measure(
      (q) => {
        signals.detect(q.text);
        kb.match(q.text, detector.detect(q.text).locale ?? q.locale);
      },
      residentMessages,
      20,
    ),
  );
}
