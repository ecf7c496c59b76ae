/** The local engine validates each definition once per installed engine and validator, not once per process. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { definitionValidations } from '#local/validated-definitions.js';

const root = mkdtempSync(join(tmpdir(), 'ops-alert-validations-'));
const markers = join(root, 'markers');
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('remembered definition validations', () => {
  it('a definition that passed is known to the next process with the same lockfile; another definition or lockfile is validated again', () => {
    // Arrange
    writeFileSync(join(root, 'package-lock.json'), '{"lockfileVersion":3,"packages":{"a":"1.0.0"}}');
    const first = definitionValidations(root, markers);
    const definition = '{"StartAt":"A","States":{"A":{"Type":"Succeed"}}}';

    // Act
    const before = first.isValidated(definition);
    first.validated(definition);

    // Assess: a new process (a new instance) knows it; not another definition
    expect(before).toBe(false);
    const next = definitionValidations(root, markers);
    expect(next.isValidated(definition)).toBe(true);
    expect(next.isValidated(definition.replace('Succeed', 'Fail'))).toBe(false);
    // Other installed versions: validated again
    writeFileSync(join(root, 'package-lock.json'), '{"lockfileVersion":3,"packages":{"a":"2.0.0"}}');
    expect(definitionValidations(root, markers).isValidated(definition)).toBe(false);
  });

  it('without a lockfile only the process remembers', () => {
    const bare = mkdtempSync(join(root, 'bare-'));
    const one = definitionValidations(bare, join(bare, 'markers'));
    one.validated('{}');
    expect(one.isValidated('{}')).toBe(true);
    expect(definitionValidations(bare, join(bare, 'markers')).isValidated('{}')).toBe(false);
  });
});
