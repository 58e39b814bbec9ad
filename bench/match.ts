// `npm run bench`: matching latency with the full FAQ loaded, in process, and the index build
// time and memory. Queries are the seed's own phrasings, lightly disturbed (typos, case, codes).
import { performance } from "node:perf_hooks";
import { LOCALES } from "../src/core/index.js";
import {
  FaqKnowledgeBase,
  type FaqRecord,
  readSeed,
  VotingLanguageDetector,
} from "../src/knowledge/index.js";

function disturb(text: string, i: number): string {
  const chars = [...text];
  if (chars.length > 6) chars.splice(i % chars.length, 1);
  return i % 3 === 0 ? chars.join("").toUpperCase() : chars.join("");
}

const heapBefore = process.memoryUsage().heapUsed;
const entries: FaqRecord[] = readSeed().map((e, i) => ({ ...e, id: `e${i}` }));
const buildStart = performance.now();
const kb = new FaqKnowledgeBase(entries);
const buildMs = performance.now() - buildStart;
const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;
const detector = new VotingLanguageDetector();

const queries = entries.flatMap((e) =>
  LOCALES.flatMap((l) =>
    (e.translations[l]?.phrasings ?? []).slice(0, 3).map((p, i) => ({ text: disturb(p, i), locale: l })),
  ),
);
for (const q of queries.slice(0, 200)) kb.match(q.text, q.locale); // warm-up

function measure(fn: (q: (typeof queries)[number]) => void): number[] {
  const times: number[] = [];
  for (let round = 0; round < 3; round++) {
    for (const q of queries) {
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
