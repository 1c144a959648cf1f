// CPU time and resident memory of a process from /proc (Linux): utime + stime in clock ticks (100 a second here).
import { readFileSync } from "node:fs";

const TICK_MS = 10;

export function cpuMs(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  // After "pid (comm) ", field 3 is state; utime and stime are fields 14 and 15 of the full line.
  return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
}

export function residentMb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const line = status.split("\n").find((l) => l.startsWith("VmRSS:"));
  return line ? Math.round(Number(line.replace(/\D+/g, "")) / 1024) : null;
}

export const loadAverage = () => readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");
