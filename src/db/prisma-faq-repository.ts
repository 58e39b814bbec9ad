import type { Locale } from "../core/index.js";
import type { FaqRecord, FaqRepository, FaqStatus, NewFaqRecord } from "../knowledge/index.js";
import type { Db } from "./client.js";
import type { FaqEntry, FaqTranslation } from "./generated/sqlite/client.js";

function toRecord(row: FaqEntry & { translations: FaqTranslation[] }): FaqRecord {
  return {
    id: row.id,
    key: row.key,
    topic: row.topic,
    status: row.status as FaqStatus,
    personalCase: row.personalCase,
    sources: JSON.parse(row.sources) as FaqRecord["sources"],
    reviewedAt: row.reviewedAt,
    validUntil: row.validUntil,
    translations: Object.fromEntries(
      row.translations.map((t) => [
        t.locale as Locale,
        {
          question: t.question,
          answer: t.answer,
          phrasings: JSON.parse(t.phrasings) as string[],
          keywords: JSON.parse(t.keywords) as string[],
          reviewed: t.reviewed,
        },
      ]),
    ),
  };
}

/** FAQ entries and translations in the database. */
export class PrismaFaqRepository implements FaqRepository {
  constructor(private readonly db: Db) {}

  async count(): Promise<number> {
    return this.db.faqEntry.count();
  }

  async list(filter: { status?: FaqStatus } = {}): Promise<FaqRecord[]> {
    const rows = await this.db.faqEntry.findMany({
      where: filter.status ? { status: filter.status } : {},
      include: { translations: true },
      orderBy: [{ topic: "asc" }, { key: "asc" }],
    });
    return rows.map(toRecord);
  }

  async upsertMany(entries: NewFaqRecord[]): Promise<{ created: number; updated: number }> {
    let created = 0;
    let updated = 0;
    for (const entry of entries) {
      await this.db.$transaction(async (tx) => {
        const existing = await tx.faqEntry.findUnique({ where: { key: entry.key } });
        const data = {
          topic: entry.topic,
          status: entry.status,
          personalCase: entry.personalCase,
          sources: JSON.stringify(entry.sources),
          reviewedAt: entry.reviewedAt,
          validUntil: entry.validUntil,
        };
        const row = existing
          ? await tx.faqEntry.update({ where: { id: existing.id }, data })
          : await tx.faqEntry.create({ data: { key: entry.key, ...data } });
        if (existing) updated++;
        else created++;
        for (const [locale, t] of Object.entries(entry.translations)) {
          if (!t) continue;
          const fields = {
            question: t.question,
            answer: t.answer,
            phrasings: JSON.stringify(t.phrasings),
            keywords: JSON.stringify(t.keywords),
            reviewed: t.reviewed,
          };
          await tx.faqTranslation.upsert({
            where: { entryId_locale: { entryId: row.id, locale } },
            create: { entryId: row.id, locale, ...fields },
            update: fields,
          });
        }
      });
    }
    return { created, updated };
  }
}
