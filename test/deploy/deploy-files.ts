/**
 * Readers for the deployment files the tests in this folder check: the Dockerfile's
 * instructions, the variables bot/config.ts reads, and the module graph a start command loads.
 */
import { DockerfileParser, ModifiableInstruction, PropertyInstruction } from 'dockerfile-ast';
import { existsSync, readFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');

export function readText(relative: string): string {
  return readFileSync(path.join(ROOT, relative), 'utf8');
}

export interface Instruction {
  keyword: string;
  /** The arguments, flags left out (they are in `flags`). */
  args: string;
  flags: Record<string, string>;
  /** Index of the build stage (each FROM starts one). */
  stage: number;
}

/** The Dockerfile's instructions, read by dockerfile-ast (the VS Code Docker extension's parser). */
export function dockerInstructions(text: string): Instruction[] {
  let stage = -1;
  return DockerfileParser.parse(text)
    .getInstructions()
    .map((i) => {
      const keyword = i.getKeyword();
      if (keyword === 'FROM') stage += 1;
      const flags =
        i instanceof ModifiableInstruction
          ? Object.fromEntries(i.getFlags().map((f) => [f.getName(), f.getValue() ?? '']))
          : {};
      return { keyword, args: i.getArgumentsContent() ?? '', flags, stage };
    });
}

/** The environment the image's final stage sets with ENV. */
export function imageEnv(text: string): Record<string, string> {
  const instructions = DockerfileParser.parse(text).getInstructions();
  const lastFrom = instructions.map((i) => i.getKeyword()).lastIndexOf('FROM');
  const env: Record<string, string> = {};
  for (const i of instructions.slice(lastFrom))
    if (i instanceof PropertyInstruction && i.getKeyword() === 'ENV')
      for (const p of i.getProperties()) env[p.getName()] = p.getValue() ?? '';
  return env;
}

/** The JSON array of an exec-form instruction (`CMD ["node", …]`), after any flags. */
export function execForm(args: string): string[] {
  const start = args.indexOf('[');
  if (start < 0) throw new Error(`not in exec form: ${args}`);
  return JSON.parse(args.slice(start)) as string[];
}

/** The environment variables bot/config.ts parses, with the text of each one's zod schema. */
export function configVariables(): Map<string, string> {
  const text = readText('bot/config.ts');
  const block = /const envSchema = z\.object\(\{([\s\S]*?)\n\}\);/.exec(text)?.[1] ?? '';
  const vars = new Map<string, string>();
  for (const [, name, schema] of block.matchAll(/^ {2}([A-Z][A-Z0-9_]*): ([^\n]*)/gm))
    vars.set(name!, schema!);
  return vars;
}

const IMPORT =
  /^\s*(?:import|export)\s+(type\s+)?([^'";]*?)\s*from\s*['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm;

/** True when every name an `import { … }` brings in is marked `type` (erased at run time). */
function typesOnly(clause: string): boolean {
  const braces = /^\{([^}]*)\}$/.exec(clause.trim());
  if (!braces) return false;
  const names = braces[1]!
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  return names.length > 0 && names.every((s) => s.startsWith('type '));
}

function packageOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
}

export interface ModuleGraph {
  /** Project files loaded, relative to the repository root. */
  files: Set<string>;
  /** npm packages imported by those files (Node's built-ins left out). */
  packages: Set<string>;
}

/** The project files and npm packages that running the given entry files loads. */
export function runtimeGraph(entries: readonly string[]): ModuleGraph {
  const files = new Set<string>();
  const packages = new Set<string>();
  const queue = entries.map((e) => path.join(ROOT, e));
  while (queue.length > 0) {
    const file = queue.pop()!;
    const relative = path.relative(ROOT, file);
    if (files.has(relative)) continue;
    if (!existsSync(file)) throw new Error(`imported file not found: ${relative}`);
    files.add(relative);
    if (!file.endsWith('.ts')) continue;
    for (const m of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      if (m[1] || (m[2] !== undefined && typesOnly(m[2]))) continue;
      const specifier = (m[3] ?? m[4] ?? m[5])!;
      if (specifier.startsWith('.')) {
        queue.push(path.resolve(path.dirname(file), specifier.replace(/\.js$/, '.ts')));
      } else if (!isBuiltin(specifier)) {
        packages.add(packageOf(specifier));
      }
    }
  }
  return { files, packages };
}

/** Variables set for the bot that bot/config.ts does not read, each with the reason it is set. */
export const PLATFORM_VARIABLES: Readonly<Record<string, string>> = {
  NODE_ENV: "Node's own convention, read by libraries",
  SCM_DO_BUILD_DURING_DEPLOYMENT: 'App Service: install the dependencies on deploy',
};

/**
 * Why a variable the deployment sets for the bot is there: bot/config.ts reads it, it is the
 * platform's, or the README documents it (DATABASE_URL, read by the store). Null: unexplained.
 */
export function variableReason(name: string): string | null {
  if (configVariables().has(name)) return 'bot/config.ts';
  if (PLATFORM_VARIABLES[name]) return PLATFORM_VARIABLES[name];
  if (readText('README.md').includes(`\`${name}\``)) return 'README.md';
  return null;
}

/** The values a `z.enum([...])` schema text allows. */
export function enumValues(schema: string): string[] {
  const list = /z\.enum\(\[([^\]]*)\]\)/.exec(schema)?.[1] ?? '';
  return [...list.matchAll(/'([^']*)'/g)].map((m) => m[1]!);
}

/** Compose's `${NAME}`, `${NAME:-default}` and `${NAME:?message}` filled from the given values. */
export function interpolate(value: string, values: ReadonlyMap<string, string>): string {
  return value.replace(
    /\$\{([A-Z_][A-Z0-9_]*)(?::([-?])([^}]*))?\}/g,
    (_, name: string, op, rest) => {
      const given = values.get(name);
      if (given !== undefined && given !== '') return given;
      if (op === '-') return rest as string;
      if (op === '?') throw new Error(`${name} is required: ${rest as string}`);
      return '';
    },
  );
}

/** KEY=value lines of an env file (comments and blank lines skipped). */
export function envFile(relative: string): Map<string, string> {
  const vars = new Map<string, string>();
  for (const [, key, value] of readText(relative).matchAll(/^([A-Z_][A-Z0-9_]*)=(.*)$/gm))
    vars.set(key!, value!);
  return vars;
}
