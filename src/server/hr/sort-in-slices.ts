/** Lets the event loop take what has arrived (statements, live answers) before the sort goes on. */
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * `items` sorted by `compare` as `Array.prototype.sort` sorts them (stably), without holding the
 * event loop for the whole sort: slices of `slice` items are sorted one per turn of the loop, then
 * merged in runs, a turn after every `slice` items merged. Sorting 10,000 of HR's rows by a module
 * compares Chinese names through the collator about 140,000 times, a tenth of a second at once.
 */
export async function sortInSlices<T>(items: readonly T[], compare: (a: T, b: T) => number, slice = 1000): Promise<T[]> {
  let runs: T[][] = [];
  for (let i = 0; i < items.length; i += slice) {
    if (i > 0) await turn();
    runs.push(items.slice(i, i + slice).sort(compare));
  }
  let since = 0;
  while (runs.length > 1) {
    const merged: T[][] = [];
    for (let r = 0; r < runs.length; r += 2) {
      const left = runs[r]!;
      const right = runs[r + 1];
      if (!right) {
        merged.push(left);
        continue;
      }
      const out = new Array<T>(left.length + right.length);
      let i = 0;
      let j = 0;
      let k = 0;
      while (i < left.length && j < right.length) {
        // A tie takes the left item, which came first: the merge keeps the order of equals.
        out[k++] = compare(right[j]!, left[i]!) < 0 ? right[j++]! : left[i++]!;
        if (++since >= slice) {
          since = 0;
          await turn();
        }
      }
      while (i < left.length) out[k++] = left[i++]!;
      while (j < right.length) out[k++] = right[j++]!;
      merged.push(out);
    }
    runs = merged;
  }
  return runs[0] ?? [];
}
