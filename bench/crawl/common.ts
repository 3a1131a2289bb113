// What the crawl benchmark's parts share: a result row and how to read a process's memory.
import { readFileSync } from 'node:fs';

export const MiB = 2 ** 20;
export const rssOf = (pid: number | undefined): number => {
  try {
    const line = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return line ? Number(line[1]) * 1024 : 0;
  } catch {
    return 0;
  }
};
export const percentile = (sorted: readonly number[], p: number) =>
  sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export type Row = {
  runner: string;
  processes: number;
  pages: number;
  media: number;
  fingerprinted: number | string;
  detections: number | string;
  seconds: number;
  p50: number;
  p95: number;
  max: number;
  peakRss: number[];
};
