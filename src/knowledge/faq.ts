import type { Locale } from "../core/index.js";

export type FaqStatus = "draft" | "published" | "archived";

export interface FaqTranslationRecord {
  question: string;
  answer: string;
  phrasings: string[];
  keywords: string[];
  reviewed: boolean;
}

export interface FaqSource {
  title: string;
  date?: string | undefined;
  url?: string | undefined;
}

/** An FAQ entry with its translations, as knowledge/ works with it. */
export interface FaqRecord {
  id: string;
  key: string;
  topic: string;
  status: FaqStatus;
  personalCase: boolean;
  sources: FaqSource[];
  reviewedAt: Date;
  validUntil: Date | null;
  translations: Partial<Record<Locale, FaqTranslationRecord>>;
}

export type NewFaqRecord = Omit<FaqRecord, "id">;

/** Where FAQ entries are kept (implemented in db/). */
export interface FaqRepository {
  count(): Promise<number>;
  list(filter?: { status?: FaqStatus }): Promise<FaqRecord[]>;
  /** Creates or replaces entries by key; returns how many were created and updated. */
  upsertMany(entries: NewFaqRecord[]): Promise<{ created: number; updated: number }>;
}
