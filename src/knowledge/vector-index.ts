import type { Features } from "./tokenize.js";

/** One feature's inverse document frequency and the documents that carry it, with weights. */
interface Term {
  idf: number;
  docs: Int32Array;
  weights: Float64Array;
}

const tfWeight = (tf: number) => (tf >= 1 ? 1 + Math.log(tf) : tf);

/** TF-IDF cosine search over an inverted index (sublinear tf, smoothed idf). */
export class VectorIndex<T> {
  private readonly raw: { payload: T; features: Features }[] = [];
  private terms = new Map<string, Term>();
  private payloads: T[] = [];
  private scratch = new Float64Array(0);
  private touched = new Int32Array(0);

  add(payload: T, features: Features): void {
    if (features.size > 0) this.raw.push({ payload, features });
  }

  get size(): number {
    return this.payloads.length;
  }

  /** Computes weights; call once, after the last add (the added features are then let go). */
  build(): void {
    const df = new Map<string, number>();
    for (const { features } of this.raw)
      for (const key of features.keys()) df.set(key, (df.get(key) ?? 0) + 1);
    const n = this.raw.length;
    const idf = new Map([...df].map(([key, count]) => [key, Math.log((1 + n) / (1 + count)) + 1]));
    const postings = new Map<string, { docs: number[]; weights: number[] }>();
    this.payloads = this.raw.map((r) => r.payload);
    this.raw.forEach(({ features }, doc) => {
      let norm = 0;
      for (const [key, tf] of features) norm += (tfWeight(tf) * (idf.get(key) as number)) ** 2;
      norm = Math.sqrt(norm) || 1;
      for (const [key, tf] of features) {
        let list = postings.get(key);
        if (!list) {
          list = { docs: [], weights: [] };
          postings.set(key, list);
        }
        list.docs.push(doc);
        list.weights.push((tfWeight(tf) * (idf.get(key) as number)) / norm);
      }
    });
    this.terms = new Map(
      [...postings].map(([key, list]) => [
        key,
        {
          idf: idf.get(key) as number,
          docs: Int32Array.from(list.docs),
          weights: Float64Array.from(list.weights),
        },
      ]),
    );
    this.raw.length = 0;
    this.scratch = new Float64Array(this.payloads.length);
    this.touched = new Int32Array(this.payloads.length);
  }

  /** Calls `visitor` once per document sharing a feature with the query, with its cosine score. */
  visit(features: Features, visitor: (payload: T, score: number) => void): void {
    // A word the index has never seen is as rare as a word can be: in a query it keeps its full
    // weight, so a question mostly about something the FAQ never mentions cannot score high on
    // the one or two familiar words it contains.
    const unknownIdf = Math.log(1 + this.payloads.length) + 1;
    let norm = 0;
    for (const [key, tf] of features) norm += (tfWeight(tf) * (this.terms.get(key)?.idf ?? unknownIdf)) ** 2;
    norm = Math.sqrt(norm) || 1;
    // A dense score array and a list of touched documents: no hashing, no sorting per query.
    const scores = this.scratch;
    const touched = this.touched;
    let count = 0;
    for (const [key, tf] of features) {
      const term = this.terms.get(key);
      if (!term) continue;
      const qw = (tfWeight(tf) * term.idf) / norm;
      const { docs, weights } = term;
      for (let i = 0; i < docs.length; i++) {
        const doc = docs[i] as number;
        if (scores[doc] === 0) touched[count++] = doc;
        scores[doc] = (scores[doc] as number) + qw * (weights[i] as number);
      }
    }
    for (let i = 0; i < count; i++) {
      const doc = touched[i] as number;
      visitor(this.payloads[doc] as T, scores[doc] as number);
      scores[doc] = 0;
    }
  }
}
