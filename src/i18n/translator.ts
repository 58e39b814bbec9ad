import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import i18next, { type i18n } from "i18next";
import { LOCALES, type Locale, type Translator } from "../core/index.js";

export const LOCALES_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "locales");

export type Resources = Record<string, Record<string, Record<string, unknown>>>;

/** Reads locales/<lang>/<namespace>.json for every locale. */
export function readResources(dir = LOCALES_DIR): Resources {
  const resources: Resources = {};
  for (const locale of LOCALES) {
    const folder = join(dir, locale);
    const namespaces: Record<string, Record<string, unknown>> = {};
    for (const file of readdirSync(folder).filter((f) => f.endsWith(".json"))) {
      namespaces[file.replace(/\.json$/, "")] = JSON.parse(readFileSync(join(folder, file), "utf8"));
    }
    resources[locale] = namespaces;
  }
  return resources;
}

/** i18next over locales/, implementing core's Translator for resident-facing text. */
export class I18nTranslator implements Translator {
  private constructor(private readonly instance: i18n) {}

  static async create(resources: Resources = readResources()): Promise<I18nTranslator> {
    const instance = i18next.createInstance();
    await instance.init({
      resources,
      supportedLngs: [...LOCALES],
      fallbackLng: "en",
      ns: ["resident"],
      defaultNS: "resident",
      // Channels escape for their own markup; HTML-escaping here would show "&amp;" in chats.
      interpolation: { escapeValue: false },
      returnNull: false,
      initAsync: false,
    });
    return new I18nTranslator(instance);
  }

  readonly t = (locale: Locale, key: string, vars?: Record<string, string | number>): string =>
    this.instance.t(key, { lng: locale, ...vars });
}
