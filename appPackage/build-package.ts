/**
 * `npm run package [-- --dev] [-- --out <file>]`: validates and writes appPackage/build/naervaer.zip.
 * `npm run package -- --template` rewrites appPackage/manifest.json, the placeholder template.
 * The only place that reads the environment: TEAMS_APP_ID, BOT_ID (GUIDs) and BOT_DOMAIN (host).
 * Exits 1 with a readable message when a setting is missing or malformed; `--dev` fills missing
 * settings with placeholders for a package that is only inspected locally.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { packageOptionsFrom, writeAppPackage } from './app-package.js';
import { buildManifest, TEMPLATE_OPTIONS } from './manifest-builder.js';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      dev: { type: 'boolean', default: false },
      out: { type: 'string' },
      template: { type: 'boolean', default: false },
    },
  });
  const packageJson = z
    .object({ version: z.string() })
    .parse(JSON.parse(await readFile(here('../package.json'), 'utf8')));
  if (values.template) {
    const template = buildManifest({ ...TEMPLATE_OPTIONS, version: packageJson.version });
    await writeFile(here('manifest.json'), `${JSON.stringify(template, null, 2)}\n`);
    console.log(`Wrote ${here('manifest.json')} (the template with Teams Toolkit placeholders).`);
    return 0;
  }
  const options = packageOptionsFrom(process.env, {
    dev: values.dev,
    version: packageJson.version,
  });
  if (!options.ok) {
    console.error(`npm run package: ${options.reason}`);
    return 1;
  }
  const manifest = buildManifest(options.value);
  const { AppManifestUtils } = await import('@microsoft/app-manifest'); // slow; only when needed
  const problems = await AppManifestUtils.validateAgainstSchema(manifest);
  if (problems.length > 0) {
    console.error(`npm run package: the manifest is invalid:\n  ${problems.join('\n  ')}`);
    return 1;
  }
  const outFile = values.out ?? here('build/naervaer.zip');
  const entries = await writeAppPackage(manifest, here('.'), outFile);
  console.log(
    `Wrote ${outFile} (${entries.join(', ')}) for bot ${options.value.botId} at ${options.value.domain}.`,
  );
  return 0;
}

process.exitCode = await main();
