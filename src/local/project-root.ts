/**
 * The project's root directory (where package.json, samples/ and statemachine/ are). A module of its own, so that what
 * only needs the path (most test files, the CLI) does not load the local runtime and its engine.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
