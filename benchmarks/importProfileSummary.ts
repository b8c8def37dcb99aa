/**
 * Summarises a `--cpu-prof` profile of benchmarks/importProfile.ts by self time: per function and per
 * source file (node_modules folded to the package), biggest first.
 * `npx tsx benchmarks/importProfileSummary.ts <file.cpuprofile> [top=40]`.
 * Profile an esbuild bundle of importProfile.ts (not tsx) to keep function names:
 * `npx esbuild benchmarks/importProfile.ts --bundle --platform=node --packages=external
 * --outfile=node_modules/.cache/prof/prof.cjs`, then `node --cpu-prof … node_modules/.cache/prof/prof.cjs`.
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const [file, topArg] = process.argv.slice(2);
if (!file) throw new Error('usage: importProfileSummary <file.cpuprofile> [top]');
const top = Number(topArg ?? 40);
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const selfTime = new Map<number, number>();
profile.samples.forEach((id, i) => selfTime.set(id, (selfTime.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
const total = [...selfTime.values()].reduce((a, b) => a + b, 0);

const sourceOf = (url: string, name: string): string => {
  if (url === '') return name;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1];
  return pkg && !url.includes('.cache/prof') ? pkg : url.replace(/^.*\/(?=[^/]+\/[^/]+$)/, '');
};
const byFunction = new Map<string, number>();
const bySource = new Map<string, number>();
for (const [id, micros] of selfTime) {
  const frame = nodes.get(id)?.callFrame;
  if (!frame) continue;
  const source = sourceOf(frame.url, frame.functionName);
  const fn = `${frame.functionName || '(anonymous)'} ${source}:${frame.lineNumber + 1}`;
  byFunction.set(fn, (byFunction.get(fn) ?? 0) + micros);
  bySource.set(source, (bySource.get(source) ?? 0) + micros);
}
const print = (title: string, table: Map<string, number>) => {
  console.log(`\n${title}`);
  for (const [label, micros] of [...table].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(
      `${(micros / 1000).toFixed(0).padStart(8)} ms ${((100 * micros) / total).toFixed(1).padStart(5)} %  ${label}`,
    );
};
console.log(`total ${(total / 1e6).toFixed(2)} s of samples`);
print('self time by function', byFunction);
print('self time by source', bySource);
