import { fitSnsMessage, fitSupportText, sanitiseSnsSubject, SNS_MESSAGE_LIMIT_BYTES, snsAttributesBytes } from '#adapters/aws/text-limits.js';

describe('fitSupportText', () => {
  it('leaves a body of up to 8000 characters alone', () => {
    const body = 'a'.repeat(8000);
    expect(fitSupportText(body)).toBe(body);
  });

  it('cuts a longer body to 8000 characters, ending with a note that says so', () => {
    // Act
    const fitted = fitSupportText('a'.repeat(12_345));

    // Assess
    expect(fitted.length).toBeLessThanOrEqual(8000);
    expect(fitted.startsWith('aaaa')).toBe(true);
    expect(fitted).toMatch(/\[Truncated by Bedrock Ops Alert: the full text was 12345 characters, the Support API accepts 8000\.\]$/);
  });

  it('never splits an emoji (surrogate pair) at the cut', () => {
    // Act
    const fitted = fitSupportText('🔴'.repeat(5000), 300);

    // Assess
    expect(fitted.length).toBeLessThanOrEqual(300);
    expect(fitted).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});

describe('sanitiseSnsSubject', () => {
  it('keeps a clean subject as it is', () => {
    expect(sanitiseSnsSubject('🟡 [WARNING] Acme - Bedrock Ops Alert - G-Opus-4-6 - Investigation Request')).toBe(
      '🟡 [WARNING] Acme - Bedrock Ops Alert - G-Opus-4-6 - Investigation Request',
    );
  });

  it('replaces line breaks and control characters with single spaces', () => {
    expect(sanitiseSnsSubject(' a\r\nb\tc\u0000d\u2028e\u007f  f ')).toBe('a b c d e f');
  });

  it('cuts to fewer than 100 characters with an ellipsis, never splitting an emoji', () => {
    // Act
    const subject = sanitiseSnsSubject(`x${'🔴'.repeat(100)}`);

    // Assess
    expect(subject.length).toBeLessThan(100);
    expect(subject.endsWith('…')).toBe(true);
    expect(subject).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it('accepts exactly 99 characters', () => {
    const subject = 'a'.repeat(99);
    expect(sanitiseSnsSubject(subject)).toBe(subject);
    expect(sanitiseSnsSubject('a'.repeat(100))).toHaveLength(99);
  });

  it('falls back when nothing printable is left', () => {
    expect(sanitiseSnsSubject('\r\n\t')).toBe('Bedrock Ops Alert');
  });
});

describe('fitSnsMessage', () => {
  it('leaves a message that fits alone', () => {
    expect(fitSnsMessage('hello', 100)).toBe('hello');
  });

  it('cuts a message to 256 KB minus the attributes, on a character boundary, with a note', () => {
    // Act
    const fitted = fitSnsMessage('€'.repeat(100_000), 1000);

    // Assess
    expect(Buffer.byteLength(fitted, 'utf8')).toBeLessThanOrEqual(SNS_MESSAGE_LIMIT_BYTES - 1000);
    expect(fitted).not.toContain('\uFFFD');
    expect(fitted).toMatch(/Truncated by Bedrock Ops Alert/);
  });
});

describe('snsAttributesBytes', () => {
  it('counts names, data types and values in UTF-8 bytes', () => {
    expect(snsAttributesBytes({ model: { DataType: 'String', StringValue: 'é' } })).toBe(5 + 6 + 2);
  });
});
