#!/usr/bin/env node
// Writes a synthetic LTE-like Mahimahi trace (examples/traces/lte-synthetic.trace):
// the link's capacity moves between levels as a cell's does when the
// channel and the scheduler's share change, and within a level the
// opportunities come in the bursty, uneven way of a cellular downlink
// (transport blocks per 1 ms subframe). Made for this project, not a
// measurement: for checking and for examples, not for claims about LTE.
//
//   node scripts/make-lte-trace.mjs [seconds=10] [seed=1] > examples/traces/lte-synthetic.trace
//
// The model: capacity levels 2, 5, 10, 20 and 35 Mbit/s; the level holds
// for an exponential time (mean 400 ms), then moves one step up or down
// (or stays, at the ends). Each 1 ms subframe carries a whole number of
// 1500-byte opportunities drawn as Poisson with the level's mean
// (rate / 12 Mbit/s per ms), so output is deterministic for a seed.

const seconds = Number(process.argv[2] ?? 10);
const seed = Number(process.argv[3] ?? 1);
const LEVELS_MBIT = [2, 5, 10, 20, 35];
const MEAN_DWELL_MS = 400;

// mulberry32: a small seeded generator; the same seed gives the same trace on every machine.
let state = seed >>> 0;
function random() {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

function poisson(mean) {
  // Knuth's method: fine for the small means here (at most 3 per ms).
  const limit = Math.exp(-mean);
  let k = 0;
  let p = random();
  while (p > limit) {
    k++;
    p *= random();
  }
  return k;
}

const lines = [];
let level = 2;
let levelEndMs = 0;
for (let ms = 1; ms <= seconds * 1000; ms++) {
  if (ms >= levelEndMs) {
    const step = random() < 0.5 ? -1 : 1;
    level = Math.min(LEVELS_MBIT.length - 1, Math.max(0, level + step));
    levelEndMs = ms + Math.max(1, Math.round(-Math.log(1 - random()) * MEAN_DWELL_MS));
  }
  const n = poisson(LEVELS_MBIT[level] / 12);
  for (let i = 0; i < n; i++) lines.push(ms);
}
// The last line is the loop period: end on the last millisecond.
if (lines[lines.length - 1] !== seconds * 1000) lines.push(seconds * 1000);
process.stdout.write(`${lines.join('\n')}\n`);
