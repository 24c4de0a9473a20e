import { describe, expect, it } from 'vitest';
import { BenchmarkFormatError } from './formatError.ts';
import { contentLines, numberRow, parseNumber, requireInteger } from './textLines.ts';

const line = { number: 7, text: '' };

describe('textLines', () => {
  it('keeps 1-based numbers across CRLF, LF and blank lines', () => {
    expect(contentLines('a\r\n\r\n  b  \n \nc', 'f.txt')).toEqual([
      { number: 1, text: 'a' },
      { number: 3, text: 'b' },
      { number: 5, text: 'c' },
    ]);
  });

  it('rejects an empty or blank file', () => {
    expect(() => contentLines('', 'f.txt')).toThrow(
      new BenchmarkFormatError('f.txt', null, 'the file is empty'),
    );
    expect(() => contentLines(' \r\n\t\r\n', 'f.txt')).toThrow('f.txt: the file is empty');
  });

  it('reads plain decimals only', () => {
    expect(['12', '-3', '+4.5', '.25', '1e3', '7.'].map((raw) => parseNumber('f', line, 'x', raw))).toEqual([
      12, -3, 4.5, 0.25, 1000, 7,
    ]);
    for (const raw of ['', '0x10', 'Infinity', 'NaN', '1,5', '1.2.3', '-']) {
      expect(() => parseNumber('f.txt', line, 'DEMAND', raw)).toThrow(
        `f.txt line 7: DEMAND "${raw}" is not a number`,
      );
    }
  });

  it('splits rows on tabs or spaces and checks the column count', () => {
    expect(numberRow('f', { number: 1, text: '1\t2   3' }, ['a', 'b', 'c'])).toEqual([1, 2, 3]);
    expect(() => numberRow('f', { number: 2, text: '1 2' }, ['a', 'b', 'c'])).toThrow(
      'f line 2: expected 3 columns (a, b, c), found 2',
    );
  });

  it('requires whole numbers for ids and counts', () => {
    expect(requireInteger('f', line, 'id', 3, 0)).toBe(3);
    expect(() => requireInteger('f', line, 'id', 2.5, 0)).toThrow('f line 7: id 2.5 must be an integer ≥ 0');
    expect(() => requireInteger('f', line, 'vehicles', 0, 1)).toThrow(
      'f line 7: vehicles 0 must be an integer ≥ 1',
    );
  });
});
