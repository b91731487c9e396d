/**
 * `npm run build:lambda`: bundles each Lambda function as SST would (esbuild, ESM, platform
 * node, target node22, minified, no source maps), into dist/lambda/<name>/index.mjs, leaving out
 * the packages SST's `nodejs.install` would put beside it.
 *
 * @example node --import tsx scripts/build-lambda.ts            # every function
 * @example node --import tsx scripts/build-lambda.ts --metafile  # also dist/lambda/<name>/meta.json
 */
import { cpSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type BuildOptions } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);

/**
 * What infra/stage.ts lists in `nodejs.install`: kept out of the bundle, and not copied beside it
 * (`date-holidays` loads only for years beyond the generated holiday table, which the bench's
 * events never reach, and its dependency tree is npm's to install).
 */
const PLANS = ['date-holidays'];

/** One line per function: its name, its handler file, and what SST's `nodejs.install` lists for it. */
export const FUNCTIONS = [
  { name: 'api', entry: 'packages/functions/src/handlers/api.ts', install: PLANS },
  { name: 'milestone', entry: 'packages/functions/src/handlers/milestone.ts', install: PLANS },
  { name: 'sweeper', entry: 'packages/functions/src/handlers/sweeper.ts', install: PLANS },
  { name: 'ses-events', entry: 'packages/functions/src/handlers/ses-events.ts', install: [] },
];

/** Installed packages a function reads at start, copied beside its bundle as SST would (none today). */
const COPIED = new Set<string>();

/**
 * Data files a module reads beside itself (`new URL(file, import.meta.url)`), copied beside the
 * bundle of every function that includes the module: every chunk sits in the bundle's folder.
 * On AWS the same files go in through the function's `copyFiles` (infra/stage.ts).
 */
export const DATA_FILES = [{ module: 'packages/templates/src/lint/speller.ts', file: 'packages/templates/src/lint/words.br' }];

/**
 * esbuild as SST runs it for a Node.js function with `nodejs.splitting` (esm, node, minified, no
 * source maps deployed): the entry is index.mjs, dynamic imports become chunks beside it.
 */
export function sstOptions(entry: string, outdir: string, install: readonly string[] = []): BuildOptions {
  return {
    entryPoints: { index: join(root, entry) },
    outdir,
    outExtension: { '.js': '.mjs' },
    splitting: true,
    chunkNames: 'chunk-[hash]',
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node22',
    minify: true,
    sourcemap: false,
    external: [...install],
    mainFields: ['module', 'main'],
    // Some dependencies are CommonJS and call require(); ESM output needs one.
    banner: { js: 'import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);' },
    logLevel: 'error',
    legalComments: 'none',
  };
}

export interface Built {
  name: string;
  dir: string;
  file: string;
  /** Bytes of every file esbuild wrote (entry and chunks). */
  bytes: number;
  /** Bytes loaded when the function starts: the entry and the chunks it imports statically. */
  initialBytes: number;
  /** Bytes of what `install` adds beside it (node_modules). */
  installedBytes: number;
  /** Data files copied beside it (DATA_FILES), read on first use, not at start. */
  dataFiles: { file: string; bytes: number }[];
}

function sizeOf(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.size;
  let total = 0;
  for (const entry of require('node:fs').readdirSync(path)) total += sizeOf(join(path, entry));
  return total;
}

/** Bundles one entry into `dir`, copying its installed packages beside it. */
export async function bundle(name: string, entry: string, dir: string, install: readonly string[] = [], metafile = false): Promise<Built> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'index.mjs');
  const result = await build({ ...sstOptions(entry, dir, install), metafile: true });
  if (metafile) writeFileSync(join(dir, 'meta.json'), JSON.stringify(result.metafile));
  const outputs = result.metafile!.outputs;
  const bytes = Object.values(outputs).reduce((sum, o) => sum + o.bytes, 0);
  const initial = new Set<string>();
  const visit = (path: string) => {
    if (initial.has(path) || !outputs[path]) return;
    initial.add(path);
    for (const i of outputs[path]!.imports) if (i.kind === 'import-statement') visit(i.path);
  };
  visit(Object.keys(outputs).find((p) => p.endsWith('/index.mjs'))!);
  const initialBytes = [...initial].reduce((sum, p) => sum + outputs[p]!.bytes, 0);
  let installedBytes = 0;
  for (const pkg of install.filter((p) => COPIED.has(p))) {
    const from = dirname(require.resolve(pkg, { paths: [join(root, "packages/templates")] }));
    const to = join(dir, 'node_modules', pkg);
    cpSync(from, to, { recursive: true });
    installedBytes += sizeOf(to);
  }
  const dataFiles = DATA_FILES.filter((d) => Object.keys(result.metafile!.inputs).some((input) => input.endsWith(d.module))).map((d) => {
    const to = join(dir, basename(d.file));
    cpSync(join(root, d.file), to);
    return { file: basename(d.file), bytes: statSync(to).size };
  });
  return { name, dir, file, bytes, initialBytes, installedBytes, dataFiles };
}

export async function buildAll(outDir = join(root, 'dist/lambda'), metafile = false): Promise<Built[]> {
  return Promise.all(FUNCTIONS.map((fn) => bundle(fn.name, fn.entry, join(outDir, fn.name), fn.install, metafile)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const built = await buildAll(undefined, process.argv.includes('--metafile'));
  for (const b of built) {
    const installed = b.installedBytes ? ` + ${(b.installedBytes / 1024).toFixed(0)} KB installed (node_modules)` : '';
    const data = b.dataFiles.map((d) => ` + ${d.file} ${(d.bytes / 1024).toFixed(0)} KB (read on first use)`).join('');
    console.log(`${b.name.padEnd(11)} ${(b.initialBytes / 1024).toFixed(1).padStart(8)} KB loaded at start, ${(b.bytes / 1024).toFixed(1).padStart(7)} KB in all  ${b.file.replace(root, '')}${installed}${data}`);
  }
}
