import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LogLines } from './logLines.ts';

describe('LogLines', () => {
  it('joins pieces into lines and cuts pieces holding several lines', () => {
    const log = new LogLines(10);
    log.add('MIP has 3 rows; ');
    log.add('5 cols\n');
    log.add('\nSolving report\n  Status            Optimal\n  Gap  ');
    log.add('0%\n');
    expect(log.lines()).toEqual([
      'MIP has 3 rows; 5 cols',
      '',
      'Solving report',
      '  Status            Optimal',
      '  Gap  0%',
    ]);
  });

  it('keeps one blank line between sections, none at the start or the end', () => {
    const log = new LogLines(10);
    log.add('\n\nPresolving model\n\n\n\nPresolve: Optimal\n\n');
    expect(log.lines()).toEqual(['Presolving model', '', 'Presolve: Optimal']);
  });

  it('gives an unfinished last line as a line', () => {
    const log = new LogLines(10);
    log.add('first\nsecond, still being writ');
    expect(log.lines()).toEqual(['first', 'second, still being writ']);
  });

  it('keeps the last lines of a long log, in order', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 0, max: 100 }), (limit, count) => {
        const log = new LogLines(limit);
        for (let i = 0; i < count; i++) log.add(`line ${i}\n`);
        const expected = Array.from({ length: count }, (_, i) => `line ${i}`).slice(-limit);
        expect(log.lines()).toEqual(expected);
      }),
    );
  });
});
