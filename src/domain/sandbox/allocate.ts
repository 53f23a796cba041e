export type AllocateErrorCode =
  | 'NO_WEIGHTS'
  | 'INVALID_NUMBER'
  | 'ZERO_WEIGHTS'
  | 'LOCKED_EXCEEDS_TOTAL'
  | 'NOT_A_MULTIPLE'
  | 'LENGTH_MISMATCH';

export class AllocateError extends Error {
  constructor(
    readonly code: AllocateErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AllocateError';
  }
}

/** Whole units of `step` in `value`, or undefined when `value` is not a multiple of `step`. */
function toUnits(value: number, step: number): bigint | undefined {
  const units = Math.round(value / step);
  const tolerance = Math.max(1e-9, Math.abs(value) * 1e-12);
  return Math.abs(units * step - value) <= tolerance ? BigInt(units) : undefined;
}

function decimalsOf(step: number): number {
  const text = String(step);
  if (text.includes('e-')) return Number(text.split('e-')[1]);
  return text.includes('.') ? text.split('.')[1]!.length : 0;
}

/** Weights as integers in a common scale, so the shares can be computed exactly with BigInt. */
function integerWeights(weights: readonly number[]): bigint[] {
  const max = Math.max(...weights);
  if (max === 0) return weights.map(() => 0n);
  return weights.map((w) => BigInt(Math.round((w / max) * 1e12)));
}

/**
 * Splits `total` into parts proportional to `weights`, each a multiple of `step`, summing exactly to
 * `total`: largest-remainder method in integer units of `step` (ties go to the lower index). A
 * locked entry keeps its value; the rest is shared among the unlocked by weight.
 * Throws an `AllocateError` whose `code` says why: NO_WEIGHTS, INVALID_NUMBER (negative or
 * non-finite), ZERO_WEIGHTS (nothing to carry a non-zero rest), LOCKED_EXCEEDS_TOTAL,
 * NOT_A_MULTIPLE (a total or locked value off the step), LENGTH_MISMATCH.
 */
export function allocate(total: number, weights: number[], options: { step?: number; locked?: (number | null)[] } = {}): number[] {
  const step = options.step ?? 1;
  const locked = options.locked ?? [];
  if (weights.length === 0) throw new AllocateError('NO_WEIGHTS', 'There is nothing to allocate to.');
  if (locked.length > 0 && locked.length !== weights.length)
    throw new AllocateError('LENGTH_MISMATCH', 'There must be one lock entry per weight.');
  const numbers = [total, step, ...weights, ...locked.filter((l): l is number => l !== null && l !== undefined)];
  if (numbers.some((n) => typeof n !== 'number' || !Number.isFinite(n) || n < 0) || step <= 0)
    throw new AllocateError('INVALID_NUMBER', 'Every figure must be a finite number, not negative.');

  const totalUnits = toUnits(total, step);
  if (totalUnits === undefined) throw new AllocateError('NOT_A_MULTIPLE', `The total ${total} is not a multiple of ${step}.`);
  const lockedUnits: (bigint | undefined)[] = weights.map((_, i) => {
    const l = locked[i];
    if (l === null || l === undefined) return undefined;
    const u = toUnits(l, step);
    if (u === undefined) throw new AllocateError('NOT_A_MULTIPLE', `The locked value ${l} is not a multiple of ${step}.`);
    return u;
  });
  const lockedSum = lockedUnits.reduce<bigint>((s, u) => s + (u ?? 0n), 0n);
  if (lockedSum > totalUnits) throw new AllocateError('LOCKED_EXCEEDS_TOTAL', 'The locked values add up to more than the total.');

  const rest = totalUnits - lockedSum;
  const open = weights.map((_, i) => lockedUnits[i] === undefined);
  const scaled = integerWeights(weights.map((w, i) => (open[i] ? w : 0)));
  const weightSum = scaled.reduce((s, w) => s + w, 0n);
  if (weightSum === 0n && rest > 0n) throw new AllocateError('ZERO_WEIGHTS', 'The unlocked entries all weigh zero, so the rest cannot be shared.');

  const units = weights.map((_, i) => lockedUnits[i] ?? (weightSum === 0n ? 0n : (rest * scaled[i]!) / weightSum));
  const remainders = weights.map((_, i) => (open[i] && weightSum > 0n ? (rest * scaled[i]!) % weightSum : -1n));
  let leftover = rest - units.reduce((s, u, i) => s + (open[i] ? u : 0n), 0n);
  const order = weights.map((_, i) => i).filter((i) => open[i]).sort((a, b) => (remainders[b]! > remainders[a]! ? 1 : remainders[b]! < remainders[a]! ? -1 : a - b));
  for (const i of order) {
    if (leftover <= 0n) break;
    units[i]! += 1n;
    leftover -= 1n;
  }

  const decimals = decimalsOf(step);
  return units.map((u) => (decimals > 0 ? Number((Number(u) * step).toFixed(decimals)) : Number(u) * step));
}
