import { readdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';

/**
 * Where the machine's CPU went during a run, from Linux's /proc: the whole machine's busy share, and
 * the cores used by the app servers, by PostgreSQL's processes and by this process (the load
 * generator). It shows what bounds a figure — a saturated machine cannot gain from a second app
 * server — measured rather than guessed. Elsewhere than Linux it measures nothing (null).
 */
export interface CpuShare {
  /** Cores on the machine. */
  cores: number;
  /** Busy share of all cores, 0–1. */
  machineBusy: number;
  /** Cores used (1.0 = one core all the time). */
  servers: number;
  postgres: number;
  loadGenerator: number;
}

/** USER_HZ: the unit of /proc tick counts, 100 on every Linux we run on. */
const TICKS_PER_SECOND = 100;

function processTicks(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // After "(comm) ": state is field 3, utime field 14 and stime field 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return null;
  }
}

function postgresTicks(): Map<number, number> {
  const ticks = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() !== 'postgres') continue;
    } catch {
      continue;
    }
    const value = processTicks(Number(entry));
    if (value !== null) ticks.set(Number(entry), value);
  }
  return ticks;
}

function machineTicks() {
  const [line] = readFileSync('/proc/stat', 'utf8').split('\n');
  const values = (line ?? '').trim().split(/\s+/).slice(1).map(Number);
  const total = values.reduce((sum, value) => sum + value, 0);
  // idle and iowait are fields 4 and 5 of the cpu line.
  return { total, idle: (values[3] ?? 0) + (values[4] ?? 0) };
}

/** Starts counting; the returned function stops and tells the shares (null off Linux). */
export function sampleCpu(serverPids: number[]): () => CpuShare | null {
  if (process.platform !== 'linux') return () => null;
  const started = performance.now();
  const machine = machineTicks();
  const servers = serverPids.map((pid) => processTicks(pid) ?? 0);
  const postgres = postgresTicks();
  const own = process.cpuUsage();
  return () => {
    const seconds = (performance.now() - started) / 1000;
    const machineNow = machineTicks();
    const total = machineNow.total - machine.total;
    const busy = total - (machineNow.idle - machine.idle);
    const serverTicks = serverPids.reduce(
      (sum, pid, index) => sum + Math.max(0, (processTicks(pid) ?? 0) - servers[index]!),
      0,
    );
    let postgresUsed = 0;
    // A backend that started during the run counts from zero; one that ended is lost (rare: pools keep them).
    for (const [pid, now] of postgresTicks()) postgresUsed += now - (postgres.get(pid) ?? 0);
    const ownUsed = process.cpuUsage(own);
    const cores = (ticks: number) => ticks / TICKS_PER_SECOND / seconds;
    return {
      cores: cpus().length,
      machineBusy: total > 0 ? busy / total : 0,
      servers: cores(serverTicks),
      postgres: cores(postgresUsed),
      loadGenerator: (ownUsed.user + ownUsed.system) / 1e6 / seconds,
    };
  };
}

/** "busy 97 % · servers 1.05 · postgres 0.62 · load generator 0.31 cores" */
export function describeCpu(cpu: CpuShare | null | undefined): string {
  if (!cpu) return '–';
  return `busy ${(cpu.machineBusy * 100).toFixed(0)} % · servers ${cpu.servers.toFixed(2)} · postgres ${cpu.postgres.toFixed(2)} · load generator ${cpu.loadGenerator.toFixed(2)} cores`;
}
