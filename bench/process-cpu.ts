// CPU time and memory of a process group, from /proc: a per-request cost that other work on the
// machine does not inflate the way it inflates latency, and what a server holds in memory.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

let ticksPerSecond: number | undefined;
function clockTicks(): number {
  ticksPerSecond ??= Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100;
  return ticksPerSecond;
}

/**
 * The fields of /proc/<pid>/stat after the command name, for every live process in group
 * `pgid`: state, ppid, pgrp, …, utime (12th), stime (13th), …, rss in pages (22nd). Undefined without /proc.
 */
function groupStats(pgid: number): string[][] | undefined {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return undefined;
  }
  const stats: string[][] = [];
  for (const pid of pids) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      continue; // ended meanwhile
    }
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(fields[2]) === pgid) stats.push(fields);
  }
  return stats;
}

/** User + system CPU seconds of every live process in group `pgid`; undefined without /proc. */
export function groupCpuSeconds(pgid: number): number | undefined {
  const stats = groupStats(pgid);
  return stats && stats.reduce((ticks, fields) => ticks + Number(fields[11]) + Number(fields[12]), 0) / clockTicks();
}

let pageBytes: number | undefined;
/** Resident memory (RSS) of every live process in group `pgid`, in bytes; undefined without /proc. */
export function groupRssBytes(pgid: number): number | undefined {
  pageBytes ??= Number(spawnSync('getconf', ['PAGESIZE'], { encoding: 'utf8' }).stdout.trim()) || 4096;
  const stats = groupStats(pgid);
  return stats && stats.reduce((pages, fields) => pages + Number(fields[21]), 0) * pageBytes;
}
