export { I18nTranslator, LOCALES_DIR, type Resources, readResources } from "./translator.js";
