/**
 * ARCHITECTURE: imports run one way. No module of the planner's area (time, calendar, planner)
 * imports, directly or through others, a module that imports it back.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const AREAS = ['time', 'calendar', 'planner'];
const IMPORT = /^\s*(?:import|export)\s[^'"]*?from\s+'(\.{1,2}\/[^']+\.ts)'/gm;

function sources(): string[] {
  return AREAS.flatMap((area) =>
    readdirSync(join(SRC, area))
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .map((f) => join(SRC, area, f)),
  );
}

function importsOf(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(IMPORT)].map((m) => resolve(dirname(file), m[1]!));
}

/** Every cycle through the area's modules, each as the list of files on it. */
function cycles(): string[][] {
  const graph = new Map(sources().map((f) => [f, importsOf(f)]));
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const visit = (file: string, path: string[]) => {
    if (state.get(file) === 'done' || !graph.has(file)) return;
    if (state.get(file) === 'open') {
      found.push([...path.slice(path.indexOf(file)), file].map((f) => relative(SRC, f)));
      return;
    }
    state.set(file, 'open');
    for (const next of graph.get(file)!) visit(next, [...path, file]);
    state.set(file, 'done');
  };
  for (const file of graph.keys()) visit(file, []);
  return found;
}

describe('imports in time, calendar and planner', () => {
  it('run one way: no module imports one that imports it back', () => {
    expect(sources().length).toBeGreaterThan(10);
    expect(cycles()).toEqual([]);
  });
});
