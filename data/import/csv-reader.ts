/**
 * Reads CSV text as exported by Excel, SD or KMD Opus: UTF-8 with or without BOM, `;` or `,`
 * (or tab) separated — detected from the header row — and quoted fields. Each record keeps the
 * physical line it starts on (the header is line 1), for `file:line: column: …` errors.
 */
import { parse } from 'csv-parse/sync';

export interface CsvRecord {
  line: number;
  /** Cells as read (untrimmed: the importer trims the cells it uses). */
  values: string[];
}

export interface CsvTable {
  header: string[];
  records: CsvRecord[];
}

export type CsvReadResult =
  { ok: true; table: CsvTable } | { ok: false; line: number; detail: string };

/** The separator that occurs most often outside quotes in the header line (ties: `;`). */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>([
    [';', 0],
    [',', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (const ch of text.trimStart()) {
    if (ch === '\n' && !quoted) break;
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best = ';';
  for (const [ch, n] of counts) if (n > (counts.get(best) ?? 0)) best = ch;
  return best;
}

export function readCsv(input: string): CsvReadResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  let parsed: string[][];
  try {
    // No `info`/`trim`/`skip_empty_lines`: they make csv-parse several times slower on large
    // files. Lines are counted here instead (empty lines come through as [''] and are dropped).
    const records: unknown = parse(text, {
      delimiter: detectDelimiter(text),
      relax_column_count: true,
    });
    parsed = records as string[][];
  } catch (err) {
    const lines = (err as { lines?: unknown }).lines;
    return {
      ok: false,
      line: typeof lines === 'number' ? lines : 1,
      detail: (err as Error).message,
    };
  }
  let line = 1;
  let header: string[] | null = null;
  const records: CsvRecord[] = [];
  for (const raw of parsed) {
    const at = line;
    line += 1 + newlinesIn(raw);
    if (isBlank(raw)) continue;
    if (header === null) header = raw.map((v) => v.trim());
    else records.push({ line: at, values: raw });
  }
  return { ok: true, table: { header: header ?? [], records } };
}

const isBlank = (values: readonly string[]): boolean => values.every((v) => v.trim() === '');

/** Quoted fields may span lines; the record then covers that many more lines. */
function newlinesIn(values: readonly string[]): number {
  let n = 0;
  for (const v of values) {
    if (!v.includes('\n')) continue;
    for (const ch of v) if (ch === '\n') n++;
  }
  return n;
}
