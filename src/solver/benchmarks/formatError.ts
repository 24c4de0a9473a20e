/**
 * The one error every benchmark parser throws, so callers can tell a malformed
 * file from a bug. The message always names the file and, when the problem sits
 * on a line, its 1-based number: the first thing anyone fixing the file needs.
 */
export class BenchmarkFormatError extends Error {
  override readonly name = 'BenchmarkFormatError';
  readonly fileName: string;
  /** 1-based; null when the problem is the file as a whole (e.g. empty). */
  readonly line: number | null;

  constructor(fileName: string, line: number | null, detail: string) {
    super(line === null ? `${fileName}: ${detail}` : `${fileName} line ${line}: ${detail}`);
    this.fileName = fileName;
    this.line = line;
  }
}
