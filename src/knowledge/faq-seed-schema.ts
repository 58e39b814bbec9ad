import { z } from "zod";
import { LOCALES } from "../core/index.js";

/** One language's version of an FAQ entry, as stored in `prisma/seed/faq/<topic>.json`. */
export const seedTranslationSchema = z.object({
  question: z.string().trim().min(3),
  answer: z.string().trim().min(20).max(700),
  phrasings: z.array(z.string().trim().min(2)).min(8),
  keywords: z.array(z.string().trim().min(1)).default([]),
  reviewed: z.boolean().default(false),
});

export const seedSourceSchema = z.object({
  title: z.string().trim().min(3),
  date: z.string().trim().optional(),
  url: z.string().trim().optional(),
});

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date like 2026-11-22");

export const seedEntrySchema = z.object({
  key: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "lowercase letters, digits and dashes"),
  status: z.enum(["draft", "published", "archived"]).default("published"),
  personalCase: z.boolean().default(false),
  sources: z.array(seedSourceSchema).min(1),
  reviewedAt: isoDate,
  validUntil: isoDate.nullable().default(null),
  translations: z.record(z.string(), seedTranslationSchema).superRefine((translations, ctx) => {
    for (const locale of LOCALES) {
      if (!translations[locale]) ctx.addIssue({ code: "custom", message: `missing locale "${locale}"` });
    }
    for (const locale of Object.keys(translations)) {
      if (!(LOCALES as readonly string[]).includes(locale)) {
        ctx.addIssue({ code: "custom", message: `unknown locale "${locale}"` });
      }
    }
  }),
});

export const seedFileSchema = z.object({
  topic: z.string().regex(/^[a-z0-9_]+(\.[a-z0-9_]+)+$/),
  entries: z.array(seedEntrySchema).min(1),
});

export type SeedFile = z.infer<typeof seedFileSchema>;
export type SeedEntry = z.infer<typeof seedEntrySchema>;
