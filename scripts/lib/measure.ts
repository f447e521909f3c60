/**
 * Measuring a build for the benchmark: wall time, every output line with the moment it arrived
 * (so a phase can be timed from the log), and the peak memory of the processes doing the work.
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

const PAGE = 4096;

/** RSS in bytes of every process descending from `root` (not `root` itself), read from /proc. */
function descendantsRss(root: number): number {
  const parent = new Map<number, number>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name may contain spaces and parentheses; the fields after its last ')' do not.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parent.set(Number(name), Number(fields[1]));
      rss.set(Number(name), Number(fields[21]) * PAGE);
    } catch {
      // The process ended between listing and reading.
    }
  }
  let total = 0;
  for (const [pid, bytes] of rss) {
    for (let p = parent.get(pid); p !== undefined && p > 1; p = parent.get(p)) {
      if (p === root) {
        total += bytes;
        break;
      }
    }
  }
  return total;
}

/**
 * Samples the summed RSS of this process's children (the build, or the Pagefind binary) every
 * `intervalMs`; `stop()` returns the highest sum seen. A sample can miss a short spike, so it is
 * a floor on the true peak, close enough at builds that last seconds.
 */
export function sampleMemory(intervalMs = 200): { stop: () => number } {
  let peak = 0;
  const sample = () => {
    peak = Math.max(peak, descendantsRss(process.pid));
  };
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      sample();
      return peak;
    },
  };
}

/**
 * CPU seconds (user + system) of every child process this process has waited for so far. Taking
 * it before and after a command gives the command's CPU time, which, unlike wall time, does not
 * grow when other work shares the machine.
 */
export function childrenCpuSeconds(): number {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // cutime and cstime, in clock ticks of 1/100 s on Linux.
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

export interface LogLine {
  /** Milliseconds since the command started. */
  ms: number;
  text: string;
}

export interface CommandRun {
  ms: number;
  cpuSeconds: number;
  peakRssBytes: number;
  lines: LogLine[];
}

/** Runs a command to the end, timing it; rejects with its output when it fails. */
export function runMeasured(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<CommandRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const cpuBefore = childrenCpuSeconds();
    const memory = sampleMemory();
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const lines: LogLine[] = [];
    const collect = (stream: NodeJS.ReadableStream) => {
      let rest = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        const ms = performance.now() - started;
        const parts = (rest + chunk).split('\n');
        rest = parts.pop()!;
        for (const text of parts) lines.push({ ms, text });
      });
    };
    collect(child.stdout);
    collect(child.stderr);
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - started;
      const peakRssBytes = memory.stop();
      if (code === 0) resolve({ ms, cpuSeconds: childrenCpuSeconds() - cpuBefore, peakRssBytes, lines });
      else
        reject(
          new Error(
            `${command} ${args.join(' ')} が終了コード ${code} で失敗しました:\n${lines.map((l) => l.text).join('\n')}`,
          ),
        );
    });
  });
}
