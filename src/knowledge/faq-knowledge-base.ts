import type { FaqAnswer, KnowledgeBase, Locale, MatchCandidate, MatchResult } from "../core/index.js";
import type { FaqRecord } from "./faq.js";
import { fold, normalizeForMatching } from "./normalize.js";
import { compileTerm, type TermPattern, termMatches } from "./term-pattern.js";
import { features } from "./tokenize.js";
import { VectorIndex } from "./vector-index.js";

interface DocRef {
  entry: number;
  locale: Locale;
}

// A phrasing in the resident's own language counts fully; one in another language (shared
// Korean/English terms, visa codes) a little less.
const OTHER_LANGUAGE_FACTOR = 0.85;
const KEYWORD_BONUS = 0.08;
const MAX_KEYWORD_BONUS = 0.2;
const KEYWORD_CANDIDATES = 12;
// An entry whose texts keep naming a visa code is about that visa; a message naming only other
// codes is about something else ("F2R salary?" is not the E-7-4 entry even if words overlap).
const CODE_SHARE = 0.2;
const OTHER_CODE_FACTOR = 0.75;
const SAME_CODE_FACTOR = 1.1;
const VISA_CODE_TOKEN = /(?<![\p{L}\p{N}])([a-h]\d{1,2}[0-9rs]?)(?![\p{L}\p{N}])/gu;

function visaCodes(text: string): Set<string> {
  return new Set([...normalizeForMatching(text).matchAll(VISA_CODE_TOKEN)].map((m) => m[1] as string));
}

const related = (a: string, b: string) => a.startsWith(b) || b.startsWith(a);

/** Calibrates raw similarity and the lead over the runner-up into one 0..1 confidence. */
export function calibrate(top: number, runnerUp: number, c: Calibration = DEFAULT_CALIBRATION): number {
  const z = c.similarity * (top - c.midpoint) + c.lead * Math.max(0, top - runnerUp);
  return 1 / (1 + Math.exp(-z));
}

/** How raw similarity and the lead over the runner-up combine into one confidence. */
export interface Calibration {
  /** Weight of the best raw similarity. */
  similarity: number;
  /** Raw similarity at which confidence is one half, before the lead counts. */
  midpoint: number;
  /** Weight of the lead over the best competitor of the same kind. */
  lead: number;
}

export const DEFAULT_CALIBRATION: Calibration = { similarity: 9, midpoint: 0.45, lead: 6 };

/** The FAQ as a searchable knowledge base over every phrasing in every locale. */
export class FaqKnowledgeBase implements KnowledgeBase {
  private readonly index = new VectorIndex<DocRef>();
  private readonly byId = new Map<string, number>();
  private readonly keywords: { entry: number; pattern: TermPattern }[] = [];
  private readonly entryCodes: Set<string>[] = [];

  constructor(
    private readonly entries: FaqRecord[],
    private readonly calibration: Calibration = DEFAULT_CALIBRATION,
  ) {
    entries.forEach((entry, i) => {
      this.byId.set(entry.id, i);
      this.entryCodes[i] = this.codesOf(entry);
      for (const [locale, tr] of Object.entries(entry.translations) as [
        Locale,
        NonNullable<FaqRecord["translations"][Locale]>,
      ][]) {
        for (const text of [tr.question, ...tr.phrasings])
          this.index.add({ entry: i, locale }, features(text));
        for (const keyword of tr.keywords) {
          const normalized = normalizeForMatching(keyword);
          const pattern = normalized.length >= 2 ? compileTerm(normalized) : undefined;
          if (pattern !== undefined) this.keywords.push({ entry: i, pattern });
        }
      }
    });
    this.index.build();
  }

  private codesOf(entry: FaqRecord): Set<string> {
    const texts = Object.values(entry.translations).flatMap((t) => (t ? [t.question, ...t.phrasings] : []));
    const counts = new Map<string, number>();
    for (const text of texts)
      for (const code of visaCodes(text)) counts.set(code, (counts.get(code) ?? 0) + 1);
    return new Set([...counts].filter(([, n]) => n >= texts.length * CODE_SHARE).map(([code]) => code));
  }

  private codeFactor(entry: number, queryCodes: Set<string>): number {
    const codes = this.entryCodes[entry];
    if (queryCodes.size === 0 || !codes || codes.size === 0) return 1;
    const shared = [...queryCodes].some((q) => [...codes].some((c) => related(q, c)));
    return shared ? SAME_CODE_FACTOR : OTHER_CODE_FACTOR;
  }

  get size(): number {
    return this.entries.length;
  }

  match(text: string, locale: Locale): MatchResult {
    const best = new Map<number, number>();
    this.index.visit(features(text), (payload, score) => {
      const weighted = payload.locale === locale ? score : score * OTHER_LANGUAGE_FACTOR;
      if (weighted > (best.get(payload.entry) ?? 0)) best.set(payload.entry, weighted);
    });
    const folded = fold(normalizeForMatching(text));
    const bonus = new Map<number, number>();
    // Keywords can only reorder the leading candidates, so only theirs are tested.
    const leading = new Set(
      [...best]
        .sort((a, b) => b[1] - a[1])
        .slice(0, KEYWORD_CANDIDATES)
        .map(([entry]) => entry),
    );
    for (const { entry, pattern } of this.keywords) {
      if (leading.has(entry) && termMatches(pattern, folded)) {
        bonus.set(entry, Math.min(MAX_KEYWORD_BONUS, (bonus.get(entry) ?? 0) + KEYWORD_BONUS));
      }
    }
    const queryCodes = visaCodes(text);
    const ranked = [...best]
      .map(([entry, score]) => ({
        entry,
        score: (score + (bonus.get(entry) ?? 0)) * this.codeFactor(entry, queryCodes),
      }))
      .sort((a, b) => b.score - a.score);
    // Meta intents ("talk to a person", "change language") compete only with each other, and FAQ
    // entries only with FAQ entries: a question that mentions a language is not a language request.
    const isMeta = (entry: number) => (this.entries[entry] as FaqRecord).topic.startsWith("meta.");
    const candidates: MatchCandidate[] = ranked.slice(0, 8).map(({ entry, score }) => {
      const record = this.entries[entry] as FaqRecord;
      const rival = ranked.find((r) => r.entry !== entry && isMeta(r.entry) === isMeta(entry))?.score ?? 0;
      return {
        entryId: record.id,
        topic: record.topic,
        confidence: calibrate(score, rival, this.calibration),
        similarity: score,
      };
    });
    return { candidates };
  }

  answer(entryId: string, locale: Locale): FaqAnswer | undefined {
    const i = this.byId.get(entryId);
    if (i === undefined) return undefined;
    const entry = this.entries[i] as FaqRecord;
    const tr = entry.translations[locale] ?? entry.translations.en ?? entry.translations.ko;
    if (!tr) return undefined;
    return {
      entryId: entry.id,
      topic: entry.topic,
      locale,
      question: tr.question,
      answer: tr.answer,
      personalCase: entry.personalCase,
      reviewedAt: entry.reviewedAt,
      validUntil: entry.validUntil,
    };
  }

  entriesInGroup(group: string, locale: Locale): FaqAnswer[] {
    return this.entries
      .filter((e) => e.topic.startsWith(`${group}.`))
      .flatMap((e) => {
        const found = this.answer(e.id, locale);
        return found ? [found] : [];
      });
  }
}
