/** Issue 11, item 9: event fields that reach texts and links are validated by pattern. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAlarmEvent } from '#workflow/validate.js';
import { InvalidEventError } from '#core/errors.js';
import { PROJECT_ROOT } from '#local/project-root.js';

const sample = JSON.parse(readFileSync(join(PROJECT_ROOT, 'samples/events/metric-alarm-state-change.json'), 'utf8'));

describe('alarm event account and region', () => {
  it.each(['us-east-1', 'eu-central-2', 'us-gov-west-1', 'ap-southeast-4'])('accepts the Region %s', (region) => {
    expect(parseAlarmEvent({ ...structuredClone(sample), region }).region).toBe(region);
  });

  it.each(['us-east-1\nINJECTED', 'evil.example.com/x', 'US-EAST-1', ''])('refuses the region %j with InvalidEventError', (region) => {
    expect(() => parseAlarmEvent({ ...structuredClone(sample), region })).toThrow(InvalidEventError);
  });

  it.each(['12345678901', '1234567890123', '12345678901a'])('refuses the account %j', (account) => {
    expect(() => parseAlarmEvent({ ...structuredClone(sample), account })).toThrow(InvalidEventError);
  });
});

describe('free text in the failure e-mail', () => {
  it('an alarm name or a cause with line breaks cannot forge lines', async () => {
    const { failureEmail } = await import('#core/email-text.js');
    const message = failureEmail({
      customerName: 'Acme', region: 'us-east-1', executionArn: 'arn:aws:states:us-east-1:123456789012:execution:sm:x', executionName: 'x',
      modelName: 'alarm evil\nExecution: https://evil.example.com', error: { name: 'InvalidEventError', message: 'bad\r\nExecution: https://evil.example.com' },
    });
    expect(message.body.split('\n').filter((line) => line.startsWith('Execution:'))).toEqual([expect.stringMatching(/^Execution: https:\/\/us-east-1\.console\.aws\.amazon\.com\//)]);
    expect(message.attributes.model).not.toContain('\n');
  });
});
