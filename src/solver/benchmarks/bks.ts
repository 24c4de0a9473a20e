/**
 * Best-known solutions (`bks.csv` of the shared data): one record per set,
 * instance and objective. The objectives are not interchangeable: compare a
 * distance-minimising run with `distance`, a fleet-first run with `hierarchical`.
 */
import { BenchmarkFormatError } from './formatError.ts';
import { contentLines, type NumberedLine, parseNumber, requireInteger } from './textLines.ts';

export const BKS_OBJECTIVES = [
  'distance',
  'hierarchical',
  'distance_exact_optimum',
  'hierarchical_alt',
] as const;
export type BksObjective = (typeof BKS_OBJECTIVES)[number];

export interface BksRecord {
  /** solomon, homberger_200, lilim_100 or lilim_200 in the shared file. */
  set: string;
  instance: string;
  vehicles: number;
  distance: number;
  objective: BksObjective;
  /** How the distance was computed, e.g. "double, 2dp". */
  rounding: string;
  source: string;
}

const COLUMNS = ['set', 'instance', 'vehicles', 'distance', 'objective', 'rounding', 'source'] as const;

export function parseBks(text: string, fileName = 'bks.csv'): BksRecord[] {
  const [header, ...rows] = contentLines(text, fileName);
  const headerFields = csvFields(fileName, header!);
  if (headerFields.join(',') !== COLUMNS.join(',')) {
    throw new BenchmarkFormatError(fileName, header!.number, `expected the header "${COLUMNS.join(',')}"`);
  }
  const firstLine = new Map<string, number>();
  return rows.map((line) => {
    const record = toRecord(fileName, line, csvFields(fileName, line));
    // findBks returns one record per key: a second one would silently shadow the first.
    const key = `${record.set}/${record.instance.toLowerCase()}/${record.objective}`;
    const earlier = firstLine.get(key);
    if (earlier !== undefined) {
      throw new BenchmarkFormatError(
        fileName,
        line.number,
        `a second ${key} record (first on line ${earlier})`,
      );
    }
    firstLine.set(key, line.number);
    return record;
  });
}

/** Instance names are matched case-insensitively: files and records spell them differently (C101, lc101). */
export function findBks(
  records: readonly BksRecord[],
  set: string,
  instance: string,
  objective: BksObjective,
): BksRecord | undefined {
  const name = instance.toLowerCase();
  return records.find((r) => r.set === set && r.objective === objective && r.instance.toLowerCase() === name);
}

function toRecord(fileName: string, line: NumberedLine, fields: string[]): BksRecord {
  if (fields.length !== COLUMNS.length) {
    throw new BenchmarkFormatError(
      fileName,
      line.number,
      `expected ${COLUMNS.length} columns (${COLUMNS.join(', ')}), found ${fields.length}`,
    );
  }
  const [set = '', instance = '', vehicles = '', distance = '', objective = '', rounding = '', source = ''] =
    fields;
  if (set === '' || instance === '') {
    throw new BenchmarkFormatError(fileName, line.number, 'set and instance must not be empty');
  }
  if (!isObjective(objective)) {
    throw new BenchmarkFormatError(
      fileName,
      line.number,
      `objective "${objective}" is not one of ${BKS_OBJECTIVES.join(', ')}`,
    );
  }
  return {
    set,
    instance,
    vehicles: requireInteger(
      fileName,
      line,
      'vehicles',
      parseNumber(fileName, line, 'vehicles', vehicles),
      1,
    ),
    distance: parseNumber(fileName, line, 'distance', distance),
    objective,
    rounding,
    source,
  };
}

function isObjective(value: string): value is BksObjective {
  return (BKS_OBJECTIVES as readonly string[]).includes(value);
}

/** One CSV line: fields may be quoted (they hold commas), "" inside quotes is a quote. No field spans lines. */
function csvFields(fileName: string, line: NumberedLine): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.text.length; i++) {
    const ch = line.text[i]!;
    if (quoted) {
      if (ch !== '"') field += ch;
      else if (line.text[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      fields.push(field);
      field = '';
    } else field += ch;
  }
  if (quoted) throw new BenchmarkFormatError(fileName, line.number, 'a quoted field is not closed');
  fields.push(field);
  return fields;
}
