/**
 * HiGHS' log as lines. Its logging callback hands over pieces of text that
 * may hold several lines or end mid-line ("\nSolving report\n", a table row
 * in two calls), so pieces are joined and cut at line breaks here. Only the
 * last `limit` lines are kept: a long MIP logs a line per few nodes.
 */
export class LogLines {
  private readonly kept: string[] = [];
  private partial = '';

  constructor(private readonly limit: number) {}

  add(text: string): void {
    const pieces = (this.partial + text).split('\n');
    this.partial = pieces.pop()!;
    for (const line of pieces) this.push(line);
  }

  /** The kept lines, with an unfinished last line as a line of its own. */
  lines(): string[] {
    const lines = [...this.kept];
    if (this.partial.trim() !== '') lines.push(this.partial.trimEnd());
    if (lines.at(-1) === '') lines.pop();
    return lines.slice(-this.limit);
  }

  private push(line: string): void {
    // Blank lines only separate HiGHS' sections; one in a row is enough, none at the start.
    const trimmed = line.trimEnd();
    if (trimmed === '' && (this.kept.length === 0 || this.kept.at(-1) === '')) return;
    this.kept.push(trimmed);
    // Dropped in chunks so that a long log costs amortised O(1) per line.
    if (this.kept.length >= 2 * this.limit) this.kept.splice(0, this.kept.length - this.limit);
  }
}
