/**
 * What the tests remember on disk (Prettier's output, the generated validators, the largest syntheses), each in a file
 * named by a hash of everything it is computed from: read back, or written once computed. Written aside and renamed,
 * so a test file in another worker never reads half of it; a cache that cannot be read or written only costs the
 * computation again.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** The text remembered in `file`, or undefined (not computed yet with these inputs, or unreadable). */
export const readRemembered = (file: string): string | undefined => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
};

export const remember = (file: string, text: string): void => {
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(`${file}.${process.pid}`, text);
    renameSync(`${file}.${process.pid}`, file);
  } catch {
    // A directory we cannot write to: computed again next time.
  }
};
