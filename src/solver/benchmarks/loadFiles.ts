/**
 * The only part of the benchmark code that touches the file system: the
 * parsers take text, so they run in the browser and the worker too.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The shared, read-only benchmark data: `../shared/benchmarks/` beside the
 * repository, here and in CI. Never copied into the repository.
 */
export function sharedBenchmarksDir(): URL {
  const dir = new URL('../../../../shared/benchmarks/', import.meta.url);
  if (!existsSync(dir)) {
    throw new Error(
      `Benchmark data not found at ${fileURLToPath(dir)}: the shared data folder must sit beside the repository (../shared).`,
    );
  }
  return dir;
}

/** The files of one folder of the shared data (e.g. "lilim/100") ending in `extension`, sorted by name. */
export function benchmarkFiles(folder: string, extension: string): URL[] {
  const dir = new URL(`${folder.replace(/\/$/, '')}/`, sharedBenchmarksDir());
  return readdirSync(dir)
    .filter((name) => name.endsWith(extension))
    .sort()
    .map((name) => new URL(name, dir));
}

/**
 * Reads a file and hands it, with its base name for error messages, to a
 * parser. Read as UTF-8: only the free-text headers of some route files are
 * not ASCII, and the parsers skip those.
 */
export function loadFile<T>(file: URL, parse: (text: string, fileName: string) => T): T {
  return parse(readFileSync(file, 'utf8'), basename(fileURLToPath(file)));
}
