/**
 * Certificate verification codes: `STA-XXXX-XXXX-XXXX-XXXX`, easy to read aloud and to type.
 * The alphabet leaves out 0/O, 1/I/L, so no symbol can be mistaken for another; fifteen random
 * symbols carry 74 bits (too many to guess at 60 lookups a minute) and the sixteenth is a check
 * symbol that catches any one mistyped symbol and any two neighbours swapped.
 */
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const CODE_PREFIX = 'STA';
/** Random bytes a new code needs (the caller supplies them, so the rule stays pure). */
export const CODE_RANDOM_BYTES = 16;

const BASE = CODE_ALPHABET.length; // 31, a prime: the weighted check below detects every single error
const RANDOM_SYMBOLS = 15;
const VALUE = new Map([...CODE_ALPHABET].map((ch, i) => [ch, i]));

/** Σ (position × value) mod 31, positions from 1; a valid code sums to 0. */
function weightedSum(values: readonly number[]): number {
  return values.reduce((sum, v, i) => (sum + (i + 1) * v) % BASE, 0);
}

function format(symbols: string): string {
  return `${CODE_PREFIX}-${symbols.match(/.{4}/g)!.join('-')}`;
}

/**
 * A new code from `random` (at least 16 bytes from a cryptographic source). The bytes are read
 * as one 128-bit number written in base 31, so every code is (all but) equally likely.
 */
export function verificationCode(random: Uint8Array): string {
  if (random.length < CODE_RANDOM_BYTES) throw new RangeError(`a verification code needs ${CODE_RANDOM_BYTES} random bytes`);
  let n = 0n;
  for (const byte of random.subarray(0, CODE_RANDOM_BYTES)) n = (n << 8n) | BigInt(byte);
  const values: number[] = [];
  for (let i = 0; i < RANDOM_SYMBOLS; i++) {
    values.push(Number(n % BigInt(BASE)));
    n /= BigInt(BASE);
  }
  // The check value c sits at position 16: 16·c ≡ −S (mod 31), and 16⁻¹ ≡ 2, so c = −2S.
  const check = (BASE - ((2 * weightedSum(values)) % BASE)) % BASE;
  return format([...values, check].map((v) => CODE_ALPHABET[v]).join(''));
}

/**
 * The canonical form of a code as someone typed or read it (any case, dashes, spaces or none,
 * full-width characters, with or without the `STA` prefix), or null when it cannot be a code:
 * a wrong length, a symbol outside the alphabet, or a failed check.
 */
export function normaliseCode(input: string): string | null {
  if (typeof input !== 'string' || input.length > 100) return null;
  let text = input.normalize('NFKC').toUpperCase().replace(/[\s\-_.·‐-―]/g, '');
  if (text.length === RANDOM_SYMBOLS + 1 + CODE_PREFIX.length && text.startsWith(CODE_PREFIX)) text = text.slice(CODE_PREFIX.length);
  if (text.length !== RANDOM_SYMBOLS + 1) return null;
  const values = [...text].map((ch) => VALUE.get(ch));
  if (values.some((v) => v === undefined)) return null;
  return weightedSum(values as number[]) === 0 ? format(text) : null;
}
