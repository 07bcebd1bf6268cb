/**
 * `npm run bench`: speed and memory at 1k, 10k, 100k and 500k leads and deals (`--quick`: 1k and
 * 10k), against the targets of issue 13. Each size runs in its own Node process (peak RSS is per
 * process), once on the core's code in Node and once through the built bundle in node:vm (the
 * local runtime, as the tests run it; not at 500k, where only memory is measured).
 * `--peer` adds the side-by-side with LibreOffice Calc (src/local/bench/peer.ts).
 */
import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import { agreement, CAPPED, kpiTable, MEMORY_SIZE, rowsLine, scalingTable, targetTable, TARGET_SIZE } from '../bench/print';
import { runPeer, runPeerHere } from '../bench/peer';
import { runSize, type Mode, type SizeResult } from '../bench/suite';

const SIZES = [1_000, 10_000, 100_000, 500_000];
const argv = process.argv.slice(2);

/**
 * Node's flags for the one-pass memory run with a capped heap: V8 then collects garbage before
 * growing past it (the run fails if the work needs more), instead of letting it pile up to
 * about 1.5× the live heap as it does by default.
 */
const CAPPED_HEAP = CAPPED.split(' ');

function child(args: string[], flags = ['--max-old-space-size=4096']): string {
  return execFileSync(process.execPath, ['--expose-gc', ...flags, __filename, ...args], { maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'inherit'] }).toString();
}

async function main(): Promise<void> {
  const sizeAt = argv.indexOf('--size');
  if (sizeAt >= 0) {
    const mode = (argv[argv.indexOf('--mode') + 1] ?? 'node') as Mode;
    process.stdout.write(JSON.stringify(runSize(Number(argv[sizeAt + 1]), mode)));
    return;
  }
  if (argv.includes('--peer-run')) {
    process.stdout.write(JSON.stringify(await runPeerHere(Number(argv[argv.indexOf('--peer-run') + 1]))));
    return;
  }
  const sizes = argv.includes('--quick') ? SIZES.slice(0, 2) : SIZES;
  const results: SizeResult[] = [];
  for (const size of sizes) {
    for (const mode of ['node', 'vm'] as Mode[]) {
      if (mode === 'vm' && size > TARGET_SIZE) continue;
      process.stderr.write(`bench: ${size.toLocaleString('en')} leads and deals, ${mode === 'node' ? 'Node' : 'bundle in node:vm'}…\n`);
      results.push(JSON.parse(child(['--size', String(size), '--mode', mode])) as SizeResult);
    }
  }
  if (!argv.includes('--quick')) {
    process.stderr.write(`bench: ${MEMORY_SIZE.toLocaleString('en')} leads and deals, everything once, for the peak memory (default heap sizing, then capped)…\n`);
    results.push({ ...(JSON.parse(child(['--size', String(MEMORY_SIZE), '--mode', 'memory'], [])) as SizeResult), label: 'default' });
    results.push({ ...(JSON.parse(child(['--size', String(MEMORY_SIZE), '--mode', 'memory'], CAPPED_HEAP)) as SizeResult), label: 'capped' });
  }
  const shown = results.find((r) => r.size === TARGET_SIZE && r.mode === 'node') ?? results.filter((r) => r.mode === 'node').pop()!;
  const shownVm = results.find((r) => r.size === shown.size && r.mode === 'vm');
  console.log(`\nMachine: ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.version}.`);
  console.log(`\nTargets (medians; custom functions include reading their whole-column range: data + 10 % blank rows):\n`);
  console.log(targetTable(results));
  console.log(`\nEach KPI at ${shown.size.toLocaleString('en')} leads + deals, ms (median; ✗ over target; vm: the built bundle in the local runtime, arguments handed over as Sheets does):\n`);
  console.log(kpiTable(shown, shownVm));
  if (shownVm?.timings.handover) console.log(`\nOf each vm time, handing the Deals range over (the runtime copying the 2-D array into the context): ${shownVm.timings.handover.ms.toFixed(0)} ms.`);
  console.log(`\nBy size:\n`);
  console.log(scalingTable(results));
  console.log(`\n${agreement(results)}`);
  console.log(`Data rows:\n${rowsLine(results)}`);
  if (argv.includes('--peer')) {
    process.stderr.write('bench: the founder\'s grid, Pilote and LibreOffice…\n');
    console.log(`\n${runPeer((size) => child(['--peer-run', String(size)]))}`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
