/**
 * npm run import -- <kind> <file.csv> [--data FILE | --to postgres://…] [--lang da|en]
 * npm run import -- politik <file.json> [--data FILE | --to postgres://…] [--lang da|en]
 * Validates the whole file first; a file with any bad row changes nothing and every bad row is
 * printed as `file:line: column: what is wrong` (a politik document: `file: path: what is wrong`).
 * The store is PostgreSQL with `--to URL` (as migrate-store) or, without --to and --data, when
 * DATABASE_URL is set (as the bot); else the lowdb file. Importing into a missing data file or an
 * empty database starts an empty (production) store.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { Locale } from '../../domain/model.js';
import { emptyStore } from '../defaults.js';
import { openRepositories } from '../open-store.js';
import type { StoreData } from '../schema.js';
import { StoreOpenError } from '../store-errors.js';
import {
  csvImportPlan,
  lowdbImportTarget,
  pgImportTarget,
  type ImportDecision,
  type ImportTarget,
} from './import-target.js';
import { IMPORT_KINDS, isImportKind, type ImportKind, type ImportSummary } from './import-csv.js';
import { formatRowError } from './import-messages.js';
import { importPolitik } from './politik-import.js';
import { formatPolicyIssue } from './politik-messages.js';
import { printable } from './terminal-text.js';

const KINDS = [...IMPORT_KINDS, 'politik'] as const;

type Summary = Pick<ImportSummary, 'created' | 'updated' | 'unchanged' | 'skipped' | 'rows'> & {
  kind: string;
};

const DEFAULT_DATA_FILE = '.data/naervaer.json';

/** Every printed line may quote the file, so control characters and escapes are taken out. */
const say = (line: string): void => console.log(printable(line));
const complain = (line: string): void => console.error(printable(line));

// prettier-ignore
const TEXT = {
  da: {
    usage: `Brug: npm run import -- <${KINDS.join('|')}> <fil.csv|fil.json> [--data FIL | --to postgres://…] [--lang en]`,
    both: 'Angiv enten --data (en datafil) eller --to (PostgreSQL), ikke begge.',
    rejected: (n: number) => `Filen er afvist: ${n} fejl. Intet er ændret i data.`,
    unreadable: (file: string, why: string) => `Filen ${file} kan ikke læses: ${why}`,
    done: (s: Summary) => `Importeret (${s.kind}): ${s.rows} rækker – ${s.created} nye, ${s.updated} ændrede, ${s.unchanged} uændrede, ${s.skipped} sprunget over.`,
  },
  en: {
    usage: `Usage: npm run import -- <${KINDS.join('|')}> <file.csv|file.json> [--data FILE | --to postgres://…] [--lang en]`,
    both: 'Give either --data (a data file) or --to (PostgreSQL), not both.',
    rejected: (n: number) => `The file is rejected: ${n} ${n === 1 ? 'error' : 'errors'}. Nothing in the data was changed.`,
    unreadable: (file: string, why: string) => `The file ${file} cannot be read: ${why}`,
    done: (s: Summary) => `Imported (${s.kind}): ${s.rows} rows – ${s.created} new, ${s.updated} changed, ${s.unchanged} unchanged, ${s.skipped} skipped.`,
  },
} as const;

/** What an import ends with: the lines to print and the exit code. */
interface Outcome {
  code: number;
  out: string[];
  err: string[];
}

const done = (lang: Locale, summary: Summary): Outcome => ({
  code: 0,
  out: [TEXT[lang].done(summary)],
  err: [],
});

const rejected = (lang: Locale, lines: string[]): Outcome => ({
  code: 1,
  out: [],
  err: [...lines, TEXT[lang].rejected(lines.length)],
});

/** politik.json: validated whole, printed as `file: path: what is wrong`, applied in one write. */
function planPolitik(
  file: string,
  text: string,
  lang: Locale,
  now: string,
): (data: Readonly<StoreData>) => ImportDecision<Outcome> {
  return (data) => {
    const result = importPolitik(file, text, data, { now });
    if (!result.ok)
      return {
        ok: false,
        value: rejected(
          lang,
          result.issues.map((issue) => formatPolicyIssue(issue, lang)),
        ),
      };
    // The same document again changes nothing, so it is not written either (not even re-ordered).
    const dryRun = result.apply(structuredClone(data));
    if (dryRun.created + dryRun.updated === 0) return { ok: false, value: done(lang, dryRun) };
    return { ok: true, apply: (draft) => done(lang, result.apply(draft)) };
  };
}

async function runCsv(
  target: ImportTarget,
  kind: ImportKind,
  file: string,
  text: string,
  lang: Locale,
  now: string,
): Promise<Outcome> {
  const outcome = await target.run(csvImportPlan(kind, file, text, now));
  return outcome.ok
    ? done(lang, outcome.summary)
    : rejected(
        lang,
        outcome.errors.map((error) => formatRowError(error, lang)),
      );
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { data: { type: 'string' }, to: { type: 'string' }, lang: { type: 'string' } },
  });
  const lang: Locale = values.lang === 'en' ? 'en' : 'da';
  const [kind, file] = positionals;
  const known = kind === 'politik' || (kind !== undefined && isImportKind(kind));
  if (!kind || !file || !known || positionals.length !== 2) {
    complain(TEXT[lang].usage);
    return 2;
  }
  if (values.data !== undefined && values.to !== undefined) {
    complain(TEXT[lang].both);
    return 2;
  }
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    complain(TEXT[lang].unreadable(file, err instanceof Error ? err.message : String(err)));
    return 1;
  }
  const now = (): string => new Date().toISOString();
  const databaseUrl = values.to ?? (values.data ? null : process.env.DATABASE_URL || null);
  let opened;
  try {
    opened = await openRepositories(
      { dataFile: values.data ?? DEFAULT_DATA_FILE, databaseUrl },
      { seed: () => emptyStore(now()), now },
    );
  } catch (err) {
    if (!(err instanceof StoreOpenError)) throw err;
    complain(err.message);
    return 3;
  }
  const { store } = opened;
  const target = store.kind === 'postgres' ? pgImportTarget(store.db) : lowdbImportTarget(store);
  try {
    const outcome =
      kind === 'politik'
        ? await target.run(planPolitik(file, text, lang, now()))
        : isImportKind(kind)
          ? await runCsv(target, kind, file, text, lang, now())
          : { code: 2, out: [], err: [] };
    outcome.out.forEach(say);
    outcome.err.forEach(complain);
    return outcome.code;
  } finally {
    await store.close();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    complain(err instanceof Error ? err.message : String(err));
    process.exitCode = 1;
  },
);
