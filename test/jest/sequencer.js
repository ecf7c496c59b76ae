// The order the test files run in: Jest's (failed first, then longest first), but the deployed-artifact tier
// (test/deployed/*) after the first third of the others. Its files read one synthesized assembly (bundling included,
// ~30 s in a fresh clone): this sequencer starts that synthesis in the background as the run begins, so the workers
// run other files meanwhile instead of waiting for it (src/local/deployed/synth.ts: one synthesis per assembly, the
// others wait on its lock; without the background run the first deployed file synthesizes it itself).
import { spawn } from 'node:child_process';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import Sequencer from '@jest/test-sequencer';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DEPLOYED = `${sep}test${sep}deployed${sep}`;

export default class OpsAlertSequencer extends Sequencer {
  async sort(tests) {
    const sorted = await super.sort(tests);
    const deployed = sorted.filter((test) => test.path.includes(DEPLOYED));
    if (deployed.length === 0) return sorted;
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'run-ts.mjs'), join(ROOT, 'test', 'deployed', 'prepare-assembly.ts')], {
      cwd: ROOT,
      stdio: 'ignore',
      env: { ...process.env, NODE_OPTIONS: '' },
    });
    child.unref();
    const others = sorted.filter((test) => !test.path.includes(DEPLOYED));
    const at = Math.floor(others.length / 3);
    return [...others.slice(0, at), ...deployed, ...others.slice(at)];
  }
}
