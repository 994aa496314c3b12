/**
 * `npm run -s dedup:weights-check -- SET.jsonl...`: would weights learnt from labelled sets
 * generalise better than the hand-set ones of lib/dedup/config.ts (decision 0161)? Scores every
 * pair of each set within 5 km with scorePair, in memory, as the sum of each reason's weight; then,
 * leaving one set out at a time, fits a logistic regression on the others (one coefficient per
 * reason, and in a second model also per distance band and the specific evidence in each band),
 * picks the threshold that maximises the mean F1 of the training sets, and scores the set left
 * out. Prints, per set, F1 with the hand weights (threshold 0.5) and with each learnt model.
 * Give it tuning sets only: a held-out set must never be scored twice.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DUPLICATE_FLAG_THRESHOLD } from '@/lib/dedup/config';
import { evalCategory, parseEvalFile } from '@/lib/dedup/evaluate-dedup';
import { prepareTip, scorePair } from '@/lib/dedup/score-pair';
import { reportFaultsInOneLine } from './lib/settings';

type Pair = { set: string; same: boolean; score: number; reasons: Map<string, number>; distanceM: number };
type Model = { name: string; features: (pair: Pair) => Map<string, number> };

const FAR_M = 5_000;
const NOT_SPECIFIC = new Set(['distance', 'same_category', 'related_category', 'time', 'text']);
const BANDS_M = [100, 300, 600, 1_000, 1_500];

reportFaultsInOneLine();
const files = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
if (files.length < 3) {
  console.error('Give three or more labelled tuning sets (JSON Lines), never a held-out one.');
  process.exit(2);
}

const pairs: Pair[] = [];
const positives = new Map<string, number>();
for (const file of files) {
  const set = path.basename(file, '.jsonl');
  const lines = parseEvalFile(readFileSync(file, 'utf8'));
  const at = new Date();
  const tips = lines.map((line) =>
    prepareTip({ id: line.ref, category: evalCategory(line.category), lat: line.lat, lng: line.lng, accuracyM: null, at, text: line.description, photos: [] }),
  );
  const groups = lines.map((line) => line.group ?? `\u0000${line.ref}`);
  let sameGroup = 0;
  for (let i = 0; i < tips.length; i++) {
    for (let j = i + 1; j < tips.length; j++) {
      const same = groups[i] === groups[j];
      if (same) sameGroup++;
      const scored = scorePair(tips[i]!, tips[j]!);
      if (scored.distanceM > FAR_M) continue;
      const reasons = new Map<string, number>();
      for (const reason of scored.reasons) reasons.set(reason.code, (reasons.get(reason.code) ?? 0) + reason.weight);
      pairs.push({ set, same, score: scored.score, reasons, distanceM: scored.distanceM });
    }
  }
  positives.set(set, sameGroup);
}

const byReason: Model = { name: 'per reason', features: (pair) => pair.reasons };
const withBands: Model = {
  name: 'per reason and distance band',
  features: (pair) => {
    const band = BANDS_M.findIndex((limit) => pair.distanceM < limit);
    const key = band === -1 ? BANDS_M.length : band;
    const specific = [...pair.reasons].filter(([code, weight]) => weight > 0 && !NOT_SPECIFIC.has(code)).reduce((sum, [, weight]) => sum + weight, 0);
    return new Map([...pair.reasons, [`band${key}`, 1], [`specific*band${key}`, specific]]);
  },
};

function f1(of: Pair[], set: string, flagged: (pair: Pair) => boolean): number {
  let truePositives = 0;
  let flags = 0;
  for (const pair of of) {
    if (!flagged(pair)) continue;
    flags++;
    if (pair.same) truePositives++;
  }
  const precision = flags ? truePositives / flags : 1;
  const recall = positives.get(set) ? truePositives / positives.get(set)! : 1;
  return precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
}

/** Class-balanced logistic regression by gradient descent, hand weights as the prior of every reason. */
function fit(model: Model, training: Pair[]): (pair: Pair) => number {
  const names = [...new Set(training.flatMap((pair) => [...model.features(pair).keys()]))];
  const prior = names.map((name) => (name.startsWith('band') || name.startsWith('specific*') ? 0 : 4));
  const weights = [-2, ...prior];
  const rows = training.map((pair) => {
    const features = model.features(pair);
    return [1, ...names.map((name) => features.get(name) ?? 0)];
  });
  const labels = training.map((pair) => (pair.same ? 1 : 0));
  const positive = labels.reduce<number>((sum, label) => sum + label, 0);
  const balance = [labels.length / (2 * (labels.length - positive)), labels.length / (2 * positive)];
  for (let step = 0; step < 600; step++) {
    const gradient = new Array<number>(weights.length).fill(0);
    rows.forEach((row, n) => {
      const z = row.reduce((sum, value, k) => sum + value * weights[k]!, 0);
      const error = (1 / (1 + Math.exp(-z)) - labels[n]!) * balance[labels[n]!]!;
      row.forEach((value, k) => (gradient[k]! += error * value));
    });
    weights.forEach((weight, k) => (weights[k] = weight - 0.5 * (gradient[k]! / rows.length + (k ? 1e-3 * (weight - prior[k - 1]!) : 0))));
  }
  return (pair) => {
    const features = model.features(pair);
    return names.reduce((sum, name, k) => sum + (features.get(name) ?? 0) * weights[k + 1]!, weights[0]!);
  };
}

function bestThreshold(score: (pair: Pair) => number, training: Pair[], sets: string[]): number {
  let best = { threshold: 0, f1: -1 };
  for (let threshold = -3; threshold <= 3; threshold += 0.1) {
    const mean = sets.reduce((sum, set) => sum + f1(training.filter((pair) => pair.set === set), set, (pair) => score(pair) >= threshold), 0) / sets.length;
    if (mean > best.f1) best = { threshold, f1: mean };
  }
  return best.threshold;
}

const sets = [...positives.keys()];
const totals = { hand: 0, [byReason.name]: 0, [withBands.name]: 0 } as Record<string, number>;
for (const left of sets) {
  const training = pairs.filter((pair) => pair.set !== left);
  const testing = pairs.filter((pair) => pair.set === left);
  const hand = f1(testing, left, (pair) => pair.score >= DUPLICATE_FLAG_THRESHOLD);
  totals.hand! += hand;
  const learnt = [byReason, withBands].map((model) => {
    const score = fit(model, training);
    const threshold = bestThreshold(score, training, sets.filter((set) => set !== left));
    const value = f1(testing, left, (pair) => score(pair) >= threshold);
    totals[model.name]! += value;
    return `${model.name} ${value.toFixed(3)}`;
  });
  console.log(`${left}: hand ${hand.toFixed(3)}, ${learnt.join(', ')}`);
}
console.log(`mean F1 over ${sets.length} sets left out: ${Object.entries(totals).map(([name, sum]) => `${name} ${(sum / sets.length).toFixed(3)}`).join(', ')}`);
