/**
 * Turns settings into package options (refusing bad ids) and writes the Teams app package zip.
 * Takes the environment as a parameter: only build-package.ts reads process.env.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { ZipFile } from 'yazl';
import { fail, ok, type Result } from '../domain/result.js';
import { PACKAGE_FILES, type ManifestOptions } from './manifest-builder.js';

/** Used only with --dev, for a package that is inspected locally and never uploaded. */
export const PLACEHOLDER_ID = '00000000-0000-0000-0000-000000000000';
export const DEV_DOMAIN = 'localhost:3978';
/** A fixed timestamp makes two builds of the same input byte-identical. */
const ZIP_MTIME = new Date('2026-01-01T00:00:00Z');

const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const HOST =
  /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*(?::\d{1,5})?$/;

export type PackageEnv = Partial<Record<'TEAMS_APP_ID' | 'BOT_ID' | 'BOT_DOMAIN', string>>;

/** Reads TEAMS_APP_ID, BOT_ID and BOT_DOMAIN from `env`; with `dev`, missing ones get placeholders. */
export function packageOptionsFrom(
  env: PackageEnv,
  flags: { dev: boolean; version: string },
): Result<ManifestOptions> {
  const appId = guidSetting('TEAMS_APP_ID', env.TEAMS_APP_ID, flags.dev);
  if (!appId.ok) return appId;
  const botId = guidSetting('BOT_ID', env.BOT_ID, flags.dev);
  if (!botId.ok) return botId;
  const domain = domainSetting(env.BOT_DOMAIN, flags.dev);
  if (!domain.ok) return domain;
  return ok({
    appId: appId.value,
    botId: botId.value,
    domain: domain.value,
    version: flags.version,
  });
}

function guidSetting(name: string, value: string | undefined, dev: boolean): Result<string> {
  const trimmed = value?.trim() ?? '';
  if (trimmed === '') {
    if (dev) return ok(PLACEHOLDER_ID);
    return fail(`${name} is not set. Set it to a GUID, or run with --dev for a local package.`);
  }
  if (!GUID.test(trimmed)) {
    return fail(`${name} must be a GUID such as ${PLACEHOLDER_ID}, but it is "${trimmed}".`);
  }
  return ok(trimmed.toLowerCase());
}

function domainSetting(value: string | undefined, dev: boolean): Result<string> {
  const trimmed = value?.trim() ?? '';
  if (trimmed === '') {
    if (dev) return ok(DEV_DOMAIN);
    return fail(
      'BOT_DOMAIN is not set. Set it to the bot endpoint’s host, e.g. naervaer.kommune.dk.',
    );
  }
  if (!HOST.test(trimmed)) {
    return fail(
      `BOT_DOMAIN must be a host name such as naervaer.kommune.dk (no https://, no path), but it is "${trimmed}".`,
    );
  }
  return ok(trimmed.toLowerCase());
}

/**
 * Writes the zip: manifest.json plus the files of PACKAGE_FILES read from `sourceDir`.
 * Returns the entry names in the order written.
 */
export async function writeAppPackage(
  manifest: object,
  sourceDir: string,
  outFile: string,
): Promise<string[]> {
  const zip = new ZipFile();
  const entries = ['manifest.json', ...PACKAGE_FILES];
  zip.addBuffer(Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`), 'manifest.json', {
    mtime: ZIP_MTIME,
  });
  for (const file of PACKAGE_FILES) {
    zip.addBuffer(await readFile(join(sourceDir, file)), file, { mtime: ZIP_MTIME });
  }
  zip.end();
  await mkdir(dirname(outFile), { recursive: true });
  await writeFile(outFile, await collect(zip.outputStream));
  return entries;
}

async function collect(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream)
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  return Buffer.concat(chunks);
}
