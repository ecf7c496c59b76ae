/**
 * Which state machine definitions the local engine has validated. aws-local-stepfunctions validates a definition in
 * every `new StateMachine` (its JSON schemas compiled again: 0.4-1.5 s of CPU, the largest cost of a short simulation,
 * paid again by every process: each `ops-alert simulate`, each test file). A definition's validity depends only on its
 * text and on the installed engine and validator, so a definition that passed is remembered: in the process, and as an
 * empty file named by the hash of the definition and of package-lock.json (the exact versions installed) in the
 * system's temporary directory. An invalid definition is never remembered: it is validated, and refused, every time.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface DefinitionValidations {
  /** Whether this definition (its JSON) passed the engine's validation before, with the same installed packages. */
  isValidated(json: string): boolean;
  /** Records that it passed. */
  validated(json: string): void;
}

const sha256 = (text: string | Buffer): string => createHash('sha256').update(text).digest('hex');

export const definitionValidations = (projectRoot: string, dir = join(tmpdir(), 'ops-alert-validated-definitions')): DefinitionValidations => {
  const known = new Set<string>();
  let installed: string | null | undefined;
  /** The installed versions (null: no lockfile, then only this process remembers). */
  const lockfile = (): string | null => {
    if (installed === undefined) {
      try {
        installed = sha256(readFileSync(join(projectRoot, 'package-lock.json')));
      } catch {
        installed = null;
      }
    }
    return installed;
  };
  const markerOf = (json: string): string | undefined => {
    const lock = lockfile();
    return lock ? join(dir, sha256(`${lock}\n${json}`)) : undefined;
  };
  return {
    isValidated(json) {
      if (known.has(json)) return true;
      const marker = markerOf(json);
      if (!marker || !existsSync(marker)) return false;
      known.add(json);
      return true;
    },
    validated(json) {
      known.add(json);
      const marker = markerOf(json);
      if (!marker) return;
      try {
        mkdirSync(dir, { recursive: true });
        writeFileSync(marker, '');
      } catch {
        // A temporary directory we cannot write to: this process still remembers it.
      }
    },
  };
};
