/**
 * Ours next to the raw primitive, in one run: alternating slices, best of each, timed in CPU
 * time of the process. On a shared, loaded machine the load shifts between slices, and
 * alternating keeps it from favouring one side. Absolute rates are only comparable within one run; the ratio is the figure.
 */

/** CPU time of this process in ms: on a machine shared by many jobs, wall time counts the waits too. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Ops per CPU second of `fn` in one slice of ~`ms` CPU milliseconds. */
function slice(fn: (i: number) => void, ms: number): number {
  let ops = 0;
  const start = cpuMs();
  let elapsed = 0;
  while (elapsed < ms) {
    for (let i = 0; i < 100; i++) fn(ops + i);
    ops += 100;
    elapsed = cpuMs() - start;
  }
  return (ops / elapsed) * 1000;
}

/** [ours, raw] in ops per second. */
export function compare(ours: (i: number) => void, raw: (i: number) => void, rounds = 6, ms = 120): [number, number] {
  for (let i = 0; i < 2000; i++) {
    ours(i);
    raw(i);
  }
  let bestOurs = 0;
  let bestRaw = 0;
  for (let r = 0; r < rounds; r++) {
    bestOurs = Math.max(bestOurs, slice(ours, ms));
    bestRaw = Math.max(bestRaw, slice(raw, ms));
  }
  return [bestOurs, bestRaw];
}

export function ratioRow(name: string, rawName: string, [ours, raw]: [number, number]): void {
  const ratio = (ours / raw) * 100;
  console.log(
    `${name.padEnd(30)} ${Math.round(ours).toLocaleString('en').padStart(9)} /s   ${rawName} ${Math.round(raw).toLocaleString('en').padStart(9)} /s   ${ratio.toFixed(0).padStart(3)}% of raw`,
  );
}
