/**
 * Seeded pseudo-random numbers for the sample generator (pure, ES2020 only).
 * mulberry32: 32-bit state, fast, good enough for synthetic data; never Math.random.
 */
export class Rng {
  private state: number;
  private spare = 0;
  private hasSpare = false;

  constructor(seed: number) {
    // Mix the seed so that nearby seeds (1, 2, 3…) give unrelated streams.
    let s = (Math.floor(seed) ^ 0x9e3779b9) >>> 0;
    s = Math.imul(s ^ (s >>> 16), 0x85ebca6b) >>> 0;
    s = Math.imul(s ^ (s >>> 13), 0xc2b2ae35) >>> 0;
    this.state = (s ^ (s >>> 16)) >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) | 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  /** Standard normal (Box–Muller, second value cached). */
  normal(): number {
    if (this.hasSpare) {
      this.hasSpare = false;
      return this.spare;
    }
    let u = this.next();
    while (u <= 1e-12) u = this.next();
    const v = this.next();
    const r = Math.sqrt(-2 * Math.log(u));
    this.spare = r * Math.sin(2 * Math.PI * v);
    this.hasSpare = true;
    return r * Math.cos(2 * Math.PI * v);
  }

  /** exp(N(0, sigma²)): median 1. */
  lognormal(sigma: number): number {
    return Math.exp(sigma * this.normal());
  }

  /** Exponential with the given mean. */
  exponential(mean: number): number {
    return -mean * Math.log(1 - this.next());
  }

  /** Index drawn from cumulative weights (last entry = total). */
  pick(cumulative: ArrayLike<number>): number {
    return pickAt(cumulative, this.next());
  }
}

/** Mean-one lognormal factor: exp(N(0, sigma²)) scaled by exp(−sigma²/2). */
export function noiseFactor(rng: Rng, sigma: number): number {
  return rng.lognormal(sigma) * Math.exp((-sigma * sigma) / 2);
}

/** Cumulative sums of weights, for Rng.pick. */
export function cumulative(weights: readonly number[]): number[] {
  const out: number[] = new Array(weights.length);
  let s = 0;
  for (let i = 0; i < weights.length; i++) {
    s += weights[i];
    out[i] = s;
  }
  return out;
}

/**
 * A 32-bit seed from integers (the workbook seed, a calendar month, a stream tag…), so that each
 * calendar month draws from its own stream whatever window it is generated in.
 */
export function seedOf(...parts: number[]): number {
  let h = 0x811c9dc5;
  for (const p of parts) {
    let x = Math.floor(p) | 0;
    for (let i = 0; i < 4; i++) {
      h ^= x & 0xff;
      h = Math.imul(h, 0x01000193) >>> 0;
      x >>>= 8;
    }
    // Fractional seeds still give distinct streams.
    const frac = Math.round((p - Math.floor(p)) * 4294967296) | 0;
    h ^= frac;
    h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) >>> 0;
  }
  return h >>> 0;
}

/** Fractional part of k·α + offset: a low-discrepancy (Weyl) sequence, for even mixes month after month. */
export function weyl(k: number, alpha: number, offset: number): number {
  const x = k * alpha + offset;
  return x - Math.floor(x);
}

/** Index of x ∈ [0, 1) in normalised cumulative weights. */
export function pickAt(cumulativeWeights: ArrayLike<number>, x: number): number {
  const n = cumulativeWeights.length;
  const t = x * cumulativeWeights[n - 1];
  for (let i = 0; i < n - 1; i++) if (t < cumulativeWeights[i]) return i;
  return n - 1;
}
