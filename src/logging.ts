import pino, { type Logger } from "pino";

// Residents sometimes type their residence-card, passport or phone number; logs must never
// keep them. Strings in every log line are masked before they are written.
const PATTERNS: [RegExp, string][] = [
  [/\b\d{6}\s?-\s?\d{7}\b/g, "######-#######"], // residence card / registration number
  [/\b[A-Za-z]{1,2}\d{7,8}\b/g, "[passport]"],
  [/(?:\+?82[\s-]?|\b0)1[016789][\s-]?\d{3,4}[\s-]?\d{4}\b/g, "[phone]"],
];

/** Replaces residence-card, passport and phone numbers with placeholders. */
export function maskPersonalNumbers(text: string): string {
  return PATTERNS.reduce((acc, [pattern, mask]) => acc.replace(pattern, mask), text);
}

function maskDeep(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return maskPersonalNumbers(value);
  if (depth > 4 || value === null || typeof value !== "object" || value instanceof Error) return value;
  if (Array.isArray(value)) return value.map((v) => maskDeep(v, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskDeep(v, depth + 1)]));
}

/** The one structured logger, passed down from the composition root. */
export function createLogger(options: { level: string; destination?: number | string }): Logger {
  return pino(
    {
      level: options.level,
      base: { service: "dari" },
      redact: {
        paths: ["req.headers.authorization", 'req.headers["x-line-signature"]', "*.password", "*.token"],
        censor: "[redacted]",
      },
      formatters: { log: (object) => maskDeep(object) as Record<string, unknown> },
      hooks: {
        logMethod(args, method) {
          method.apply(
            this,
            args.map((a) => (typeof a === "string" ? maskPersonalNumbers(a) : a)) as Parameters<
              typeof method
            >,
          );
        },
      },
    },
    pino.destination({ dest: options.destination ?? 1, sync: true }),
  );
}
