/** Issue 15, CLI: --version; usage errors exit 2 and point at --help; runtime errors exit 1 with cause and what to do. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { historyReadError } from '#cli/threshold-commands.js';
import { PermanentAwsError } from '#core/errors.js';
import { PROJECT_ROOT } from '#local/project-root.js';
import { cli } from './run-cli.js';

const home = mkdtempSync(join(tmpdir(), 'ops-alert-home-'));
afterAll(() => rmSync(home, { recursive: true, force: true }));

describe('ops-alert exit status and wording', () => {
  it('--version prints the package version', async () => {
    const r = await cli('--version');
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')).version);
  });

  it.each([
    [['simulate', '--bogus'], /^error: unknown option '--bogus'\n {2}Run 'ops-alert simulate --help' for usage\.\n$/],
    [['simulate'], /^error: nothing to simulate\.\n {2}Give --scenario FILE.*\n {2}Run 'ops-alert simulate --help' for usage\.\n$/],
    [['executions', '--since', '7x'], /^error: option '--since <duration>' argument '7x' is invalid\..*\n {2}Run 'ops-alert executions --help' for usage\.\n$/],
    [[], /Run 'ops-alert --help' for usage\.\n$/],
  ])('usage error %j: exit 2, one error and a pointer to --help', async (args, stderr) => {
    const r = await cli(...args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(stderr);
  });

  it('a runtime error of simulate: exit 1 in the same style', async () => {
    const r = await cli('simulate', '--scenario', join(home, 'missing.json'));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^error: Cannot read scenario .*missing\.json/);
    expect(r.stderr).not.toMatch(/Usage:|Options:/);
  });

  // The one run of the real binary (bin/ops-alert.mjs): it passes the status and the streams on to the process.
  it('the binary, a runtime error (no credentials): exit 1, the cause and what to do on stderr, not the usage text', () => {
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('AWS_')));
    const r = spawnSync(process.execPath, [join(PROJECT_ROOT, 'bin/ops-alert.mjs'), 'thresholds', 'history', '--table', 'ops-alert-history'], {
      cwd: PROJECT_ROOT, encoding: 'utf8', env: { ...env, NODE_OPTIONS: '', HOME: home, AWS_EC2_METADATA_DISABLED: 'true', AWS_REGION: 'us-east-1' },
    });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^error: No AWS credentials found\.\n {2}Configure credentials/);
    expect(r.stderr).not.toMatch(/Usage:|Options:/);
  });
});

describe('thresholds history read errors', () => {
  it('names a credentials problem as the other commands do', () => {
    const error = new PermanentAwsError('DynamoDB.Scan failed with CredentialsProviderError: Could not load credentials from any providers.');
    expect(historyReadError('t', error)).toMatch(/^error: No AWS credentials found\.\n {2}Configure credentials/);
  });

  it('otherwise gives the cause and what to check', () => {
    expect(historyReadError('t', new Error('ResourceNotFoundException: Requested resource not found'))).toMatch(/^error: could not read the threshold history from t: ResourceNotFoundException.*\n {2}Check the table name/);
  });
});
