/**
 * The linear-chain model: one weight row (a weight per label) for each feature hash, a label
 * transition matrix, and Viterbi decoding under BIO constraints (labels.ts `ALLOWED`).
 *
 * Feature hashes are found in an open-addressing hash table (linear probing, 0 = empty slot) built
 * at load time from the sorted key array of the model file, so a lookup is a few typed-array reads.
 *
 * File format (`data/ner/model.bin`): gzip of the magic `RASDNERS`, a uint32 LE count of stages,
 * then for each stage a uint32 LE byte length and the stage:
 *   bytes 0–7   magic `RASDNER1`
 *   uint32 LE   length H of the header (UTF-8 JSON, `ModelHeader`)
 *   H bytes     header
 *   padding to a multiple of 4
 *   uint32[R]   feature hashes, ascending
 *   int16[R·L]  weights, row-major, scaled by `header.scale`
 *   float32[(L+1)·L] transitions (row L = sentence start)
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { ALLOWED as ALLOWED_IMPORT, NUM_LABELS as NUM_LABELS_IMPORT } from './labels.ts';

// Module-local copies: an imported binding read in a hot loop costs an accessor call once the
// module is transpiled (tsx), a local constant does not.
const ALLOWED = ALLOWED_IMPORT;
const NUM_LABELS = NUM_LABELS_IMPORT;
import { MISSING, ROLES, ROLE_LEFT1, ROLE_LEFT2, ROLE_RIGHT1, ROLE_RIGHT2, ROLE_SELF, type SentenceFeatures, type WordInfo } from './features.ts';

const MAGIC = 'RASDNER1';

/** What the model file says of itself. */
export interface ModelHeader {
  readonly format: 1;
  readonly featureVersion: number;
  readonly labels: readonly string[];
  readonly rows: number;
  /** Weights are stored as int16: weight = stored / scale. */
  readonly scale: number;
  /** Hashes of the resource files the features read; loading checks them. */
  readonly resources: Readonly<Record<string, string>>;
  /** The training-data name lexicon: key → [total, PERS, LOC, ORG, MISC]. */
  readonly lexicon: Readonly<Record<string, readonly number[]>>;
  /** Stacked second stage: the self-trained news lexicon (newslex.ts), key → [total, PERS, LOC, ORG, MISC]. */
  readonly newsLexicon?: Readonly<Record<string, readonly number[]>>;
  /** Stacked second stage: the window (± sentences) of its document features. */
  readonly window?: number;
  /** How it was trained (for people; not read back). */
  readonly training: Readonly<Record<string, unknown>>;
}

/** Weights of a trained model, as the trainer hands them over. */
export interface ModelWeights {
  readonly keys: Uint32Array;
  /** rows × NUM_LABELS, row-major. */
  readonly weights: Float32Array;
  /** (NUM_LABELS + 1) × NUM_LABELS. */
  readonly transitions: Float32Array;
}

/** Words per slot of `LinearChainModel.slots`: the feature hash, then its weight per label. */
const STRIDE = NUM_LABELS + 1;

export class LinearChainModel {
  readonly header: ModelHeader;
  /** Open addressing, interleaved: `table[2s]` = feature hash (0 = empty), `table[2s + 1]` = row. */
  private readonly table: Uint32Array;
  private readonly mask: number;
  /**
   * The same hash table with each feature's weights in its slot (`STRIDE` words a slot: the hash as
   * uint32 in `slotKeys[s·STRIDE]`, the weights as float32 in `slotWeights[s·STRIDE + 1 …]`, views of
   * one buffer), so that a lookup on the tagging path reads one place in memory rather than two.
   */
  private readonly slotKeys: Uint32Array;
  private readonly slotWeights: Float32Array;
  /**
   * One bit per value of a feature hash's top 20 bits, set when some feature of the model has it: a
   * small table (128 KB) that turns most lookups of features the model lacks (about 3 in 10 when
   * tagging news) away before they touch the large one.
   */
  private readonly present = new Uint32Array(1 << 15);
  readonly weights: Float32Array;
  readonly transitions: Float32Array;

  constructor(header: ModelHeader, w: ModelWeights) {
    this.header = header;
    this.weights = w.weights;
    this.transitions = w.transitions;
    let cap = 16;
    while (cap < w.keys.length * 2) cap *= 2;
    this.mask = cap - 1;
    this.table = new Uint32Array(cap * 2);
    for (let r = 0; r < w.keys.length; r++) {
      const k = w.keys[r]!;
      let s = k & this.mask;
      while (this.table[2 * s] !== 0) s = (s + 1) & this.mask;
      this.table[2 * s] = k;
      this.table[2 * s + 1] = r;
    }
    const buf = new ArrayBuffer(cap * STRIDE * 4);
    this.slotKeys = new Uint32Array(buf);
    this.slotWeights = new Float32Array(buf);
    for (let s = 0; s < cap; s++) {
      const k = this.table[2 * s]!;
      if (k === 0) continue;
      const r = this.table[2 * s + 1]! * NUM_LABELS;
      const o = s * STRIDE;
      this.slotKeys[o] = k;
      for (let l = 0; l < NUM_LABELS; l++) this.slotWeights[o + 1 + l] = w.weights[r + l]!;
      const h = k >>> 12;
      this.present[h >>> 5]! |= 1 << (h & 31);
    }
  }

  /** Where the weights of a feature hash start in `slotWeights`, or -1 (the lookup of `row`). */
  private at(key: number): number {
    const h = key >>> 12;
    if ((this.present[h >>> 5]! & (1 << (h & 31))) === 0) return -1;
    const keys = this.slotKeys;
    const mask = this.mask;
    let s = key & mask;
    for (;;) {
      const o = s * STRIDE;
      const k = keys[o]!;
      if (k === key) return o + 1;
      if (k === 0) return -1;
      s = (s + 1) & mask;
    }
  }

  /** The weight row of a feature hash, or -1. */
  row(key: number): number {
    const table = this.table;
    const mask = this.mask;
    let s = key & mask;
    for (;;) {
      const k = table[2 * s]!;
      if (k === key) return table[2 * s + 1]!;
      if (k === 0) return -1;
      s = (s + 1) & mask;
    }
  }

  /**
   * Emission scores of a sentence, `out[i * L + label]`. When the word-only features were left out
   * (`sf.infos`), each token starts from the summed weights of itself and its four neighbours in
   * their roles, taken from (or stored in) the words' `vecs` for this model `slot`.
   */
  emissions(sf: SentenceFeatures, n: number, out: Float64Array, slot = 0): void {
    const L = NUM_LABELS;
    const infos = sf.infos;
    if (infos) {
      // each word's block once (a token reads its own and its four neighbours')
      const blocks = this.blocks.length >= n ? this.blocks : (this.blocks = new Array<Float32Array>(n));
      for (let i = 0; i < n; i++) blocks[i] = this.block(infos[i]!, slot);
      for (let i = 0; i < n; i++) {
        const b = i * L;
        const self = blocks[i]!;
        const l1 = i > 0 ? blocks[i - 1]! : this.missing(ROLE_LEFT1, 0);
        const l1o = i > 0 ? ROLE_LEFT1 * L : 0;
        const r1 = i + 1 < n ? blocks[i + 1]! : this.missing(ROLE_RIGHT1, 0);
        const r1o = i + 1 < n ? ROLE_RIGHT1 * L : 0;
        const l2 = i > 1 ? blocks[i - 2]! : this.missing(ROLE_LEFT2, i === 1 ? 1 : 0);
        const l2o = i > 1 ? ROLE_LEFT2 * L : 0;
        const r2 = i + 2 < n ? blocks[i + 2]! : this.missing(ROLE_RIGHT2, i === n - 2 ? 1 : 0);
        const r2o = i + 2 < n ? ROLE_RIGHT2 * L : 0;
        for (let l = 0; l < L; l++) out[b + l] = self[ROLE_SELF * L + l]! + l1[l1o + l]! + r1[r1o + l]! + l2[l2o + l]! + r2[r2o + l]!;
      }
    } else out.fill(0, 0, n * L);
    const SW = this.slotWeights;
    for (let i = 0; i < n; i++) {
      const base = i * L;
      for (let f = sf.offsets[i]!, e = sf.offsets[i + 1]!; f < e; f++) {
        const wb = this.at(sf.feats[f]!);
        if (wb < 0) continue;
        for (let l = 0; l < L; l++) out[base + l]! += SW[wb + l]!;
      }
    }
  }

  /** The summed weights of a feature list. */
  private sum(feats: Uint32Array): Float32Array {
    const L = NUM_LABELS;
    const W = this.weights;
    const v = new Float32Array(L);
    for (const f of feats) {
      const r = this.row(f);
      if (r < 0) continue;
      for (let l = 0; l < L; l++) v[l]! += W[r * L + l]!;
    }
    return v;
  }

  /** A word's summed weights in every role for this model slot (`ROLES × L`, cached on the word). */
  private block(info: WordInfo, slot: number): Float32Array {
    let v = info.vecs[slot];
    if (v === undefined) {
      const L = NUM_LABELS;
      const SW = this.slotWeights;
      v = new Float32Array(ROLES * L);
      // as `sum` per role, added straight into the role's slice (float32 sums, in the same order)
      for (let r = 0; r < ROLES; r++) {
        const feats = info.roles[r]!;
        const o = r * L;
        for (let k = 0; k < feats.length; k++) {
          const wb = this.at(feats[k]!);
          if (wb < 0) continue;
          for (let l = 0; l < L; l++) v[o + l]! += SW[wb + l]!;
        }
      }
      info.vecs[slot] = v;
    }
    return v;
  }

  private readonly missingVecs: Float32Array[][] = [];
  /** Scratch of `emissions`: the block of each token of the sentence. */
  private blocks: Float32Array[] = [];

  /** The summed weights of what stands for a missing neighbour (features.ts `MISSING`). */
  private missing(role: number, variant: number): Float32Array {
    const row = (this.missingVecs[role] ??= []);
    return (row[variant] ??= this.sum(MISSING[role]![variant]!));
  }

  /** Serialises the model (uncompressed; `writeModelFile` packs and compresses; deterministic). */
  static serialize(header: Omit<ModelHeader, 'rows' | 'scale' | 'format'>, w: ModelWeights): Buffer {
    const L = NUM_LABELS;
    const order = Array.from(w.keys.keys()).sort((a, b) => w.keys[a]! - w.keys[b]!);
    let maxAbs = 0;
    for (const x of w.weights) maxAbs = Math.max(maxAbs, Math.abs(x));
    const scale = maxAbs === 0 ? 1 : 32767 / maxAbs;
    const rows = order.length;
    const keys = new Uint32Array(rows);
    const q = new Int16Array(rows * L);
    for (let i = 0; i < rows; i++) {
      const r = order[i]!;
      keys[i] = w.keys[r]!;
      for (let l = 0; l < L; l++) q[i * L + l] = Math.round(w.weights[r * L + l]! * scale);
    }
    const full: ModelHeader = { format: 1, rows, scale, ...header };
    const h = Buffer.from(JSON.stringify(full), 'utf8');
    const pad = (4 - ((12 + h.length) % 4)) % 4;
    const parts = [
      Buffer.from(MAGIC, 'latin1'),
      (() => {
        const b = Buffer.alloc(4);
        b.writeUInt32LE(h.length);
        return b;
      })(),
      h,
      Buffer.alloc(pad),
      Buffer.from(keys.buffer, keys.byteOffset, keys.byteLength),
      Buffer.from(q.buffer, q.byteOffset, q.byteLength),
      Buffer.from(w.transitions.buffer, w.transitions.byteOffset, w.transitions.byteLength),
    ];
    return Buffer.concat(parts);
  }

  /**
   * Reads a model file's bytes.
   * @throws Error with a reason when the bytes are not a model of this format
   */
  static deserialize(raw: Buffer): LinearChainModel {
    if (raw.length < 12 || raw.toString('latin1', 0, 8) !== MAGIC) throw new Error('bad magic bytes: not a rasd NER model');
    const hl = raw.readUInt32LE(8);
    if (12 + hl > raw.length) throw new Error('truncated header');
    let header: ModelHeader;
    try {
      header = JSON.parse(raw.toString('utf8', 12, 12 + hl)) as ModelHeader;
    } catch {
      throw new Error('the header is not valid JSON');
    }
    if (header.format !== 1) throw new Error(`unknown model format ${String(header.format)}`);
    const L = NUM_LABELS;
    if (!Array.isArray(header.labels) || header.labels.length !== L) throw new Error('the label set does not match');
    const rows = header.rows;
    let off = 12 + hl;
    off += (4 - (off % 4)) % 4;
    const need = off + rows * 4 + rows * L * 2 + (L + 1) * L * 4;
    if (!Number.isInteger(rows) || rows < 0 || raw.length !== need) throw new Error(`size mismatch: ${raw.length} bytes, expected ${need}`);
    const ab = raw.buffer.slice(raw.byteOffset + off, raw.byteOffset + need);
    const keys = new Uint32Array(ab, 0, rows);
    const q = new Int16Array(ab, rows * 4, rows * L);
    const transitions = new Float32Array(ab.slice(rows * 4 + rows * L * 2), 0, (L + 1) * L);
    const weights = new Float32Array(rows * L);
    const inv = 1 / header.scale;
    for (let i = 0; i < q.length; i++) weights[i] = q[i]! * inv;
    return new LinearChainModel(header, { keys, weights, transitions });
  }
}

/**
 * Viterbi decoding under BIO constraints.
 * @param emit emission scores `emit[i * L + label]`
 * @param n sentence length
 * @param trans transitions `(L + 1) × L` (row L = start)
 * @param out label index per token (length ≥ n)
 */
export function viterbi(emit: Float64Array, n: number, trans: ArrayLike<number>, out: Int32Array): void {
  if (n === 0) return;
  const L = NUM_LABELS;
  const score = new Float64Array(n * L);
  const back = new Int32Array(n * L);
  const NEG = -Infinity;
  for (let c = 0; c < L; c++) score[c] = ALLOWED[L * L + c] ? emit[c]! + trans[L * L + c]! : NEG;
  for (let i = 1; i < n; i++) {
    const pb = (i - 1) * L;
    const cb = i * L;
    for (let c = 0; c < L; c++) {
      let best = NEG;
      let arg = 0;
      for (let p = 0; p < L; p++) {
        if (!ALLOWED[p * L + c]) continue;
        const s = score[pb + p]! + trans[p * L + c]!;
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[cb + c] = best + emit[cb + c]!;
      back[cb + c] = arg;
    }
  }
  let best = NEG;
  let arg = 0;
  const lb = (n - 1) * L;
  for (let c = 0; c < L; c++) {
    if (score[lb + c]! > best) {
      best = score[lb + c]!;
      arg = c;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    out[i] = arg;
    arg = back[i * L + arg]!;
  }
}

const FILE_MAGIC = 'RASDNERS';

/** Packs the stages of a tagger (first stage first) into one gzip-compressed file. */
export function writeModelFile(stages: readonly Buffer[]): Buffer {
  const parts: Buffer[] = [Buffer.from(FILE_MAGIC, 'latin1')];
  const count = Buffer.alloc(4);
  count.writeUInt32LE(stages.length);
  parts.push(count);
  for (const s of stages) {
    const len = Buffer.alloc(4);
    len.writeUInt32LE(s.length);
    parts.push(len, s);
  }
  return gzipSync(Buffer.concat(parts), { level: 9 });
}

/**
 * Reads the stages of a model file.
 * @throws Error with a reason when the bytes are not a model file of this format
 */
export function readModelFile(bytes: Buffer): LinearChainModel[] {
  let raw: Buffer;
  try {
    raw = gunzipSync(bytes);
  } catch {
    throw new Error('not a gzip-compressed model file');
  }
  if (raw.length < 12 || raw.toString('latin1', 0, 8) !== FILE_MAGIC) throw new Error('bad magic bytes: not a rasd NER model file');
  const count = raw.readUInt32LE(8);
  if (count < 1 || count > 4) throw new Error(`bad stage count ${count}`);
  const out: LinearChainModel[] = [];
  let off = 12;
  for (let k = 0; k < count; k++) {
    if (off + 4 > raw.length) throw new Error('truncated file');
    const len = raw.readUInt32LE(off);
    off += 4;
    if (off + len > raw.length) throw new Error('truncated file');
    out.push(LinearChainModel.deserialize(Buffer.from(raw.subarray(off, off + len))));
    off += len;
  }
  if (off !== raw.length) throw new Error('trailing bytes after the last stage');
  return out;
}
