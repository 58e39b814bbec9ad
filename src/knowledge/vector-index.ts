import type { Features } from "./tokenize.js";

interface Posting {
  doc: number;
  weight: number;
}

/** TF-IDF cosine search over an inverted index (sublinear tf, smoothed idf). */
export class VectorIndex<T> {
  private readonly raw: { payload: T; features: Features }[] = [];
  private postings = new Map<string, Posting[]>();
  private idf = new Map<string, number>();
  private payloads: T[] = [];
  private scratch = new Float64Array(0);

  add(payload: T, features: Features): void {
    if (features.size > 0) this.raw.push({ payload, features });
  }

  get size(): number {
    return this.payloads.length;
  }

  /** Computes weights; call after the last add. */
  build(): void {
    const df = new Map<string, number>();
    for (const { features } of this.raw)
      for (const key of features.keys()) df.set(key, (df.get(key) ?? 0) + 1);
    const n = this.raw.length;
    this.idf = new Map([...df].map(([key, count]) => [key, Math.log((1 + n) / (1 + count)) + 1]));
    this.postings = new Map();
    this.payloads = this.raw.map((r) => r.payload);
    this.raw.forEach(({ features }, doc) => {
      const weights = this.weigh(features);
      for (const [key, weight] of weights) {
        let list = this.postings.get(key);
        if (!list) {
          list = [];
          this.postings.set(key, list);
        }
        list.push({ doc, weight });
      }
    });
  }

  // A word the index has never seen is as rare as a word can be: in a query it keeps its full
  // weight, so a question mostly about something the FAQ never mentions cannot score high on
  // the one or two familiar words it contains.
  private weigh(features: Features, unknownIdf?: number): Map<string, number> {
    const weights = new Map<string, number>();
    let norm = 0;
    for (const [key, tf] of features) {
      const idf = this.idf.get(key) ?? unknownIdf;
      if (idf === undefined) continue;
      const w = (tf >= 1 ? 1 + Math.log(tf) : tf) * idf;
      weights.set(key, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [key, w] of weights) weights.set(key, w / norm);
    return weights;
  }

  /** Documents by cosine similarity to the query, best first. */
  /** Calls `visitor` once per document sharing a feature with the query, with its cosine score. */
  visit(features: Features, visitor: (payload: T, score: number) => void): void {
    const query = this.weigh(features, Math.log(1 + this.payloads.length) + 1);
    // A dense score array and a list of touched documents: no hashing, no sorting per query.
    if (this.scratch.length !== this.payloads.length) this.scratch = new Float64Array(this.payloads.length);
    const scores = this.scratch;
    const touched: number[] = [];
    for (const [key, qw] of query) {
      const list = this.postings.get(key);
      if (!list) continue;
      for (const { doc, weight } of list) {
        if (scores[doc] === 0) touched.push(doc);
        scores[doc] = (scores[doc] as number) + qw * weight;
      }
    }
    for (const doc of touched) {
      visitor(this.payloads[doc] as T, scores[doc] as number);
      scores[doc] = 0;
    }
  }
}
