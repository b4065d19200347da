import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface Measured {
  seconds: number;
  peakRssMb: number;
  code: number;
  output: string;
}

/**
 * Runs a command and measures its wall time and the peak resident memory of its whole process
 * tree (Astro, Pagefind's binary, workers), sampled from /proc every 100 ms.
 */
export function measure(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<Measured> {
  return new Promise((resolvePromise) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    // Each line of output starts with the seconds since the start, to see where a build spends them.
    let output = '';
    const record = (chunk: Buffer) => {
      const at = (Number(process.hrtime.bigint() - started) / 1e9).toFixed(2).padStart(7);
      for (const piece of chunk.toString().split(/(?<=\n)/)) {
        output += (output === '' || output.endsWith('\n') ? `${at} ` : '') + piece;
      }
    };
    child.stdout.on('data', record);
    child.stderr.on('data', record);
    let peak = 0;
    const timer = setInterval(() => {
      if (child.pid !== undefined) peak = Math.max(peak, treeRssKb(child.pid));
    }, 100);
    child.on('close', (code) => {
      clearInterval(timer);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      resolvePromise({ seconds, peakRssMb: peak / 1024, code: code ?? 1, output });
    });
  });
}

function treeRssKb(root: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const status = readFileSync(`/proc/${name}/status`, 'utf8');
      const ppid = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      rss.set(Number(name), Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0));
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}
