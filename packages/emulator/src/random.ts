/** The state of a seeded random stream, plain JSON so it survives an export. */
export type RandomState = number;

/** A seeded, deterministic random stream (mulberry32): the same seed gives the same values. */
export interface SeededRandom {
  /** The next value in `[0, 1)`. */
  next(): number;
  /** The next unsigned 32-bit integer. */
  nextUint32(): number;
  /** The next `length` bytes. */
  nextBytes(length: number): Uint8Array;
  /** The current state, to save and restore the stream. */
  getState(): RandomState;
  /** Restores a state from `getState`. */
  setState(state: RandomState): void;
}

/** Turns a number or string seed into a 32-bit integer (FNV-1a for strings). */
export function seedToInt(seed: number | string): number {
  if (typeof seed === "number") {
    return Number.isFinite(seed) ? Math.trunc(seed) >>> 0 : 0;
  }
  let hash = 0x811c9dc5;
  for (let index = 0; index < seed.length; index++) {
    hash ^= seed.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Creates a seeded random stream; `salt` separates independent streams of one seed. */
export function createSeededRandom(seed: number | string, salt = 0): SeededRandom {
  let state = (seedToInt(seed) ^ Math.imul(salt + 1, 0x9e3779b9)) >>> 0;
  const nextUint32 = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return (mixed ^ (mixed >>> 14)) >>> 0;
  };
  return {
    next: () => nextUint32() / 4294967296,
    nextUint32,
    nextBytes(length) {
      const bytes = new Uint8Array(length);
      for (let index = 0; index < length; index += 4) {
        let word = nextUint32();
        for (let offset = 0; offset < 4 && index + offset < length; offset++) {
          bytes[index + offset] = word & 0xff;
          word >>>= 8;
        }
      }
      return bytes;
    },
    getState: () => state,
    setState(next) {
      state = next >>> 0;
    },
  };
}

/** Encodes bytes as standard base64 with padding, without Node's Buffer. */
export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** Creates a versionTag like Engage's: base64 of 16 random bytes, e.g. `IXUA3ril8XnZJKUMSfP7dg==`. */
export function createVersionTag(random: SeededRandom): string {
  return toBase64(random.nextBytes(16));
}

/** Creates a version 4 UUID from the stream (used for job and contact ids). */
export function createUuid(random: SeededRandom): string {
  const bytes = random.nextBytes(16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
