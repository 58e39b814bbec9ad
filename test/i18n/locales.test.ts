import { describe, expect, it } from "vitest";
import { LOCALES } from "../../src/core/index.js";
import { I18nTranslator, readResources } from "../../src/i18n/index.js";

const resources = readResources();

function flatten(value: unknown, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === "string") out.set(prefix, value);
  else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value))
      for (const [kk, vv] of flatten(v, prefix ? `${prefix}.${k}` : k)) out.set(kk, vv);
  }
  return out;
}

const variables = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
const english = resources.en!;

describe("locales", () => {
  it("has all 14 locales", () => {
    expect(Object.keys(resources).sort()).toEqual([...LOCALES].sort());
  });

  for (const locale of LOCALES) {
    describe(locale, () => {
      for (const namespace of Object.keys(english)) {
        const source = flatten(english[namespace]);
        const target = flatten(resources[locale]?.[namespace]);

        it(`${namespace}: has exactly the English keys`, () => {
          expect([...target.keys()].sort()).toEqual([...source.keys()].sort());
        });

        it(`${namespace}: keeps every interpolation variable and leaves nothing empty`, () => {
          for (const [key, text] of source) {
            const translated = target.get(key) ?? "";
            expect(translated.trim(), `${locale}:${key} is empty`).not.toBe("");
            expect(variables(translated), `${locale}:${key}`).toEqual(variables(text));
          }
        });

        it.skipIf(locale === "en")(`${namespace}: is translated, not English left in place`, () => {
          const untranslated = [...source].filter(
            ([key, text]) => /[a-z]{4}/i.test(text) && target.get(key) === text,
          );
          expect(untranslated.map(([key]) => key)).toEqual([]);
        });
      }
    });
  }

  it("interpolates without HTML-escaping resident-facing text", async () => {
    const translator = await I18nTranslator.create(resources);
    expect(
      translator.t("en", "handoff.joined", { name: "Minji & Co", languages: "한국어, Tiếng Việt" }),
    ).toBe("Minji & Co (한국어, Tiếng Việt) has joined the chat.");
    expect(translator.t("ko", "handoff.position", { position: 3 })).toBe("대기 순서는 3번째예요.");
  });
});
