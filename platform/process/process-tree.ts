// For tests of runs that start processes: which processes descend from this one right now,
// read from /proc (Linux). The runs themselves no longer tell their clients any process id.
import { readdirSync, readFileSync } from 'node:fs';

/** Every live process below `root` (children, grandchildren…), or null where /proc is missing. */
export function descendantPids(root = process.pid): number[] | null {
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return null;
  }
  const children = new Map<number, number[]>();
  for (const name of entries) {
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const [state, parent] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (state === 'Z') continue;
      const list = children.get(Number(parent)) ?? [];
      list.push(Number(name));
      children.set(Number(parent), list);
    } catch {
      // The process ended while we looked.
    }
  }
  const found: number[] = [];
  const visit = (pid: number) => {
    for (const child of children.get(pid) ?? []) {
      found.push(child);
      visit(child);
    }
  };
  visit(root);
  return found;
}
