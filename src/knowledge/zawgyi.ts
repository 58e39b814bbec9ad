import { createRequire } from "node:module";
import type { TextRepair } from "../core/index.js";

// Google's myanmar-tools: a model of Zawgyi vs Unicode Burmese and a rule-based converter.
// Many Burmese phones still type in the Zawgyi font encoding, which looks right on the sender's
// screen but is different code points: lexicons, matching and counselors all expect Unicode.
const { ZawgyiDetector, ZawgyiConverter } = createRequire(import.meta.url)("myanmar-tools") as {
  ZawgyiDetector: new () => { getZawgyiProbability(text: string): number };
  ZawgyiConverter: new () => { zawgyiToUnicode(text: string): string };
};

const MYANMAR = /[\u1000-\u109f]/u;
// The model is decisive on real sentences (≈1 for Zawgyi, ≈0 for Unicode); require a clear call.
const ZAWGYI_PROBABILITY = 0.95;

/** Converts Zawgyi-encoded Burmese to Unicode; leaves every other text as it is. */
export class ZawgyiRepair implements TextRepair {
  private readonly detector = new ZawgyiDetector();
  private readonly converter = new ZawgyiConverter();

  repair(text: string): string {
    if (!MYANMAR.test(text)) return text;
    if (this.detector.getZawgyiProbability(text) < ZAWGYI_PROBABILITY) return text;
    return this.converter.zawgyiToUnicode(text);
  }

  /** True when the text reads as Zawgyi (for tests and tools). */
  isZawgyi(text: string): boolean {
    return MYANMAR.test(text) && this.detector.getZawgyiProbability(text) >= ZAWGYI_PROBABILITY;
  }
}
