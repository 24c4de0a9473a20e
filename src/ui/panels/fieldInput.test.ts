import { describe, expect, it } from 'vitest';
import { minutes, toMinutes } from '../../domain/units.ts';
import { formatFieldNumber, issueMessage, parseFieldNumber } from './fieldInput.ts';

describe('parseFieldNumber', () => {
  it('reads numbers, and nothing from blank or non-numeric text', () => {
    expect(parseFieldNumber('12')).toBe(12);
    expect(parseFieldNumber(' 0.5 ')).toBe(0.5);
    expect(parseFieldNumber('-3')).toBe(-3);
    expect(parseFieldNumber('')).toBeNull();
    expect(parseFieldNumber('  ')).toBeNull();
    expect(parseFieldNumber('abc')).toBeNull();
    expect(parseFieldNumber('1e999')).toBeNull();
  });
});

describe('formatFieldNumber', () => {
  it('rounds to the decimals asked, without trailing zeros', () => {
    expect(formatFieldNumber(45, 2)).toBe('45');
    expect(formatFieldNumber(0.5, 2)).toBe('0.5');
    expect(formatFieldNumber(37 / 60, 2)).toBe('0.62');
    expect(formatFieldNumber(toMinutes(minutes(0.1)), 2)).toBe('0.1');
  });
});

describe('issueMessage', () => {
  it('is null when the edit was taken', () => {
    expect(issueMessage([], 'constraints.maxOrdersPerBatch')).toBeNull();
  });

  it("says the field's issue as a sentence, without the value in the scenario's units", () => {
    const issues = [{ path: 'constraints.maxRideSeconds', message: 'must be greater than 0, got -60' }];
    expect(issueMessage(issues, 'constraints.maxRideSeconds')).toBe('Must be greater than 0');
  });

  it('matches fields set on every store by pattern', () => {
    const issues = [
      { path: 'stores[0].pickSecondsPerItem', message: 'must be at least 0, got -6' },
      { path: 'stores[1].pickSecondsPerItem', message: 'must be at least 0, got -6' },
    ];
    expect(issueMessage(issues, /^stores\[\d+\]\.pickSecondsPerItem$/)).toBe('Must be at least 0');
  });

  it('names the path of an issue elsewhere in the scenario', () => {
    const issues = [{ path: 'orders[2].window', message: 'end 09:30 is before start 10:00' }];
    expect(issueMessage(issues, 'constraints.windows')).toBe(
      'orders[2].window: end 09:30 is before start 10:00',
    );
  });
});
