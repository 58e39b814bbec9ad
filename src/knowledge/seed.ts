import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Locale } from "../core/index.js";
import type { FaqRepository, NewFaqRecord } from "./faq.js";
import { type SeedFile, seedFileSchema } from "./faq-seed-schema.js";

export const SEED_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "prisma", "seed", "faq");

export class SeedError extends Error {
  readonly code = "DARI_KNOWLEDGE_SEED_INVALID";
  constructor(readonly problems: string[]) {
    super(`FAQ seed is invalid:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "SeedError";
  }
}

function toRecords(file: SeedFile): NewFaqRecord[] {
  return file.entries.map((entry) => ({
    key: entry.key,
    topic: file.topic,
    status: entry.status,
    personalCase: entry.personalCase,
    sources: entry.sources,
    reviewedAt: new Date(`${entry.reviewedAt}T00:00:00+09:00`),
    validUntil: entry.validUntil ? new Date(`${entry.validUntil}T23:59:59+09:00`) : null,
    translations: Object.fromEntries(
      Object.entries(entry.translations).map(([locale, t]) => [locale as Locale, { ...t }]),
    ),
  }));
}

/** Reads and validates every seed file; lists every problem at once. */
export function readSeed(dir = SEED_DIR): NewFaqRecord[] {
  const problems: string[] = [];
  const records: NewFaqRecord[] = [];
  const keys = new Set<string>();
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith(".json"))
    .sort()) {
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(join(dir, name), "utf8"));
    } catch (error) {
      problems.push(`${name}: not valid JSON (${(error as Error).message})`);
      continue;
    }
    const parsed = seedFileSchema.safeParse(data);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        problems.push(`${name}: ${issue.path.join(".")}: ${issue.message}`);
      continue;
    }
    if (`${parsed.data.topic}.json` !== name)
      problems.push(`${name}: topic "${parsed.data.topic}" does not match the file name`);
    for (const record of toRecords(parsed.data)) {
      if (keys.has(record.key)) problems.push(`${name}: entry key "${record.key}" is used twice`);
      keys.add(record.key);
      records.push(record);
    }
  }
  if (problems.length) throw new SeedError(problems);
  return records;
}

/** Loads the seed into an empty FAQ table (or always, with `force`); idempotent by entry key. */
export async function seedFaq(
  repository: FaqRepository,
  options: { force?: boolean; dir?: string } = {},
): Promise<{ created: number; updated: number; skipped: boolean }> {
  if (!options.force && (await repository.count()) > 0) return { created: 0, updated: 0, skipped: true };
  const result = await repository.upsertMany(readSeed(options.dir));
  return { ...result, skipped: false };
}
