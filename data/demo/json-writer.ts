/**
 * Writes a store document as JSON without building one giant string: arrays are written in
 * chunks through a stream (a 45,000-employee demo is well over 100 MB). The file is written to a
 * temporary name and renamed, so a crash never leaves half a file under the real name.
 */
import { createWriteStream } from 'node:fs';
import { mkdir, rename } from 'node:fs/promises';
import path from 'node:path';
import { once } from 'node:events';
import type { StoreData } from '../schema.js';

const CHUNK = 5000;

export async function writeStoreJson(file: string, data: StoreData): Promise<void> {
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  const out = createWriteStream(temp, { encoding: 'utf8' });
  const write = async (text: string): Promise<void> => {
    if (!out.write(text)) await once(out, 'drain');
  };
  const entries = Object.entries(data);
  await write('{');
  for (const [i, [key, value]] of entries.entries()) {
    await write(`${i === 0 ? '' : ','}${JSON.stringify(key)}:`);
    if (!Array.isArray(value)) {
      await write(JSON.stringify(value));
      continue;
    }
    await write('[');
    for (let at = 0; at < value.length; at += CHUNK) {
      const part = value.slice(at, at + CHUNK).map((item) => JSON.stringify(item));
      await write(`${at === 0 ? '' : ','}${part.join(',')}`);
    }
    await write(']');
  }
  await write('}\n');
  out.end();
  await once(out, 'finish');
  await rename(temp, file);
}
