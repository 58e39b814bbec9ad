import type {
  FaqAnswer,
  KnowledgeBase,
  Locale,
  MatchCandidate,
  MatchResult,
  SignalDetector,
} from "../core/index.js";
import type { FaqRecord, FaqTranslationRecord } from "./faq.js";
import { fold, normalizeForMatching } from "./normalize.js";
import { compileTerms, type TermPattern } from "./term-pattern.js";
import { type Features, features } from "./tokenize.js";
import { whereToCheck } from "./topics.js";
import { TRANSLITERATED_LOCALES, transliterate } from "./transliterate.js";
import { VectorIndex } from "./vector-index.js";

// A phrasing in the resident's own language counts fully; one in another language (shared
// Korean/English terms, visa codes) a little less.
const OTHER_LANGUAGE_FACTOR = 0.85;
const ANCHOR_LOCALES: readonly Locale[] = ["ko", "en"];
const ROMANISABLE = /\p{Script=Latin}/u;
const ROMANISED_RETRY_BELOW = 0.45;
const NON_LATIN_LETTER = /(?!\p{Script=Latin})\p{L}/u;
const POOLED_WEIGHT = 0.3;
const KEYWORD_BONUS = 0.08;
const MAX_KEYWORD_BONUS = 0.2;
const KEYWORD_CANDIDATES = 12;
// An entry whose texts keep naming a visa code is about that visa; a message naming only other
// codes is about something else ("F2R salary?" is not the E-7-4 entry even if words overlap).
const CODE_SHARE = 0.2;
const OTHER_CODE_FACTOR = 0.9;
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

interface LocaleIndex {
  phrasings: VectorIndex<number>;
  pooled: VectorIndex<number>;
}

/** Indexes an entry's texts in one locale: each text alone, and all of them pooled. */
function addEntry(indexes: Map<Locale, LocaleIndex>, locale: Locale, entry: number, texts: string[]): void {
  let index = indexes.get(locale);
  if (!index) {
    index = { phrasings: new VectorIndex<number>(), pooled: new VectorIndex<number>() };
    indexes.set(locale, index);
  }
  const pooled: Features = new Map();
  for (const text of texts) {
    const f = features(text);
    index.phrasings.add(entry, f);
    for (const [key, weight] of f) pooled.set(key, (pooled.get(key) ?? 0) + weight);
  }
  index.pooled.add(entry, pooled);
}

/** The FAQ as a searchable knowledge base over every phrasing in every locale. */
export class FaqKnowledgeBase implements KnowledgeBase {
  private readonly calibration: Calibration;
  // Per locale: one document per phrasing, and one per entry holding all its texts, so a message
  // that mixes words from several phrasings of one entry still finds it.
  private readonly indexes = new Map<Locale, LocaleIndex>();
  // The same phrasings in Latin letters, for the languages residents often type that way.
  private readonly romanised = new Map<Locale, LocaleIndex>();
  private readonly byId = new Map<string, number>();
  // Per entry, every locale's keywords compiled together (see compileTerms).
  private readonly keywords: TermPattern[][] = [];
  private readonly entryCodes: Set<string>[] = [];
  private readonly signals: SignalDetector | undefined;
  private readonly cueCache = new Map<string, readonly string[]>();

  /** `signals` reads the personal-case cues of an entry's own phrasings (see `cuesOf`). */
  constructor(
    private readonly entries: FaqRecord[],
    options: { calibration?: Calibration; signals?: SignalDetector } = {},
  ) {
    this.calibration = options.calibration ?? DEFAULT_CALIBRATION;
    this.signals = options.signals;
    entries.forEach((entry, i) => {
      this.byId.set(entry.id, i);
      this.entryCodes[i] = this.codesOf(entry);
      for (const [locale, tr] of Object.entries(entry.translations) as [
        Locale,
        NonNullable<FaqRecord["translations"][Locale]>,
      ][]) {
        const texts = [tr.question, ...tr.phrasings];
        addEntry(this.indexes, locale, i, texts);
        if (TRANSLITERATED_LOCALES.includes(locale))
          addEntry(
            this.romanised,
            locale,
            i,
            texts.map((text) => transliterate(text, locale)),
          );
      }
      const keywords = Object.values(entry.translations)
        .flatMap((tr) => tr?.keywords ?? [])
        .map((k) => normalizeForMatching(k))
        .filter((k) => k.length >= 2);
      this.keywords[i] = compileTerms(keywords).map((p) =>
        typeof p === "string" ? p : new RegExp(p.source, "gu"),
      );
    });
    for (const index of [...this.indexes.values(), ...this.romanised.values()]) {
      index.phrasings.build();
      index.pooled.build();
    }
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
    const query = features(text);
    const closest = new Map<number, number>();
    const overall = new Map<number, number>();
    const keep = (scores: Map<number, number>, factor: number) => (entry: number, score: number) => {
      if (score * factor > (scores.get(entry) ?? 0)) scores.set(entry, score * factor);
    };
    const search = (locales: Iterable<Locale>, indexes = this.indexes) => {
      for (const searched of locales) {
        const index = indexes.get(searched);
        if (!index) continue;
        const factor = searched === locale ? 1 : OTHER_LANGUAGE_FACTOR;
        index.phrasings.visit(query, keep(closest, factor));
        index.pooled.visit(query, keep(overall, factor));
      }
    };
    // The resident's language, plus the Korean and English phrasings whose terms residents mix in.
    const first = new Set<Locale>([locale, ...ANCHOR_LOCALES]);
    search(first);
    // Text in Latin letters only that found little may be romanised Mongolian, Russian or Nepali:
    // then every other language is searched too, and the Latin spelling of the Cyrillic phrasings.
    const found = Math.max(0, ...closest.values());
    if (found < ROMANISED_RETRY_BELOW && ROMANISABLE.test(text) && !NON_LATIN_LETTER.test(text)) {
      search([...this.indexes.keys()].filter((l) => !first.has(l)));
      search(this.romanised.keys(), this.romanised);
    }
    const best = new Map<number, number>();
    for (const entry of new Set([...closest.keys(), ...overall.keys()]))
      best.set(
        entry,
        (1 - POOLED_WEIGHT) * (closest.get(entry) ?? 0) + POOLED_WEIGHT * (overall.get(entry) ?? 0),
      );
    const folded = fold(normalizeForMatching(text));
    const bonus = new Map<number, number>();
    // Keywords can only reorder the leading candidates, so only theirs are tested.
    const leading = new Set(
      [...best]
        .sort((a, b) => b[1] - a[1])
        .slice(0, KEYWORD_CANDIDATES)
        .map(([entry]) => entry),
    );
    for (const entry of leading) {
      let hits = 0;
      for (const pattern of this.keywords[entry] ?? [])
        hits +=
          typeof pattern === "string"
            ? folded.includes(pattern)
              ? 1
              : 0
            : (folded.match(pattern)?.length ?? 0);
      if (hits > 0) bonus.set(entry, Math.min(MAX_KEYWORD_BONUS, hits * KEYWORD_BONUS));
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
      checkWith: whereToCheck(entry.topic),
    };
  }

  // Read on first use and kept: only asked when a message carries a personal-case cue. Every
  // language counts, so a message whose language was misread is judged the same way.
  cuesOf(entryId: string): readonly string[] {
    const cached = this.cueCache.get(entryId);
    if (cached) return cached;
    const i = this.byId.get(entryId);
    const entry = i === undefined ? undefined : (this.entries[i] as FaqRecord);
    const cues = new Set<string>();
    for (const [locale, tr] of Object.entries(entry?.translations ?? {}) as [Locale, FaqTranslationRecord][])
      for (const text of [tr.question, ...tr.phrasings])
        for (const signal of this.signals?.detect(text, locale) ?? [])
          if (signal.kind === "personalCase") cues.add(signal.cue);
    const found = [...cues];
    this.cueCache.set(entryId, found);
    return found;
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
