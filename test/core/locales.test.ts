import { describe, expect, it } from "vitest";
import { toLocale } from "../../src/core/index.js";

describe("platform locale tags", () => {
  it.each([
    ["fil", "tl"],
    ["zh-CN", "zh"],
    ["zh-Hans", "zh"],
    ["zh_CN", "zh"],
    ["my-MM", "my"],
    ["vi-VN", "vi"],
    ["en-US", "en"],
    ["ko", "ko"],
    ["uz-Latn-UZ", "uz"],
    ["ms", "id"],
    ["in", "id"],
    ["km", "km"],
    ["ne-NP", "ne"],
    ["mn-MN", "mn"],
  ])("%s → %s", (tag, locale) => {
    expect(toLocale(tag)).toBe(locale);
  });

  it("returns nothing for languages Dari does not speak", () => {
    expect(toLocale("fr")).toBeUndefined();
    expect(toLocale("")).toBeUndefined();
    expect(toLocale(undefined)).toBeUndefined();
  });
});
