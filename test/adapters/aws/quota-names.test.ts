import { findMantleInputQuota, findMantleQuota, findModelQuota, inferenceModeOf, modelMatchDistance, modelWordsOf, parseQuotaName, wordsOf } from '#adapters/aws/quota-names.js';

describe('inferenceModeOf', () => {
  it.each([
    ['global.anthropic.claude-opus-4-6-v1', 'global'],
    ['us.anthropic.claude-3-5-sonnet-20241022-v2:0', 'cross-region'],
    ['eu.anthropic.claude-sonnet-4-5-20250929-v1:0', 'cross-region'],
    ['apac.amazon.nova-pro-v1:0', 'cross-region'],
    ['us-gov.anthropic.claude-3-haiku-20240307-v1:0', 'cross-region'],
    ['jp.anthropic.claude-sonnet-4-5-20250929-v1:0', 'cross-region'],
    ['xy.anthropic.claude-future-v1:0', 'cross-region'],
    ['anthropic.claude-3-haiku-20240307-v1:0', 'on-demand'],
    ['meta.llama3-1-70b-instruct-v1:0', 'on-demand'],
    ['amazon.nova-pro-v1:0', 'on-demand'],
    ['arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.meta.llama3-2-90b-instruct-v1:0', 'cross-region'],
    ['GLOBAL.Anthropic.Claude-Opus-4-6-v1', 'global'],
    ['custom-model', 'on-demand'],
  ])('%s → %s', (modelId, mode) => {
    expect(inferenceModeOf(modelId)).toBe(mode);
  });
});

describe('wordsOf', () => {
  it.each([
    ['Anthropic Claude Opus 4.6 V1', ['anthropic', 'claude', 'opus', '46'], 1],
    ['Anthropic Claude 3.5 Sonnet V2', ['anthropic', 'claude', '35', 'sonnet'], 2],
    ['Anthropic Claude 3 Haiku', ['anthropic', 'claude', '3', 'haiku'], 1],
    ['Meta Llama 3.1 70B Instruct', ['meta', 'llama', '31', '70b', 'instruct'], 1],
    ['Mistral Large (24.07)', ['mistral', 'large', '2407'], 1],
    ['Cohere Command R+', ['cohere', 'command', 'r', 'plus'], 1],
    ['claude-3-5-sonnet-20241022-v2', ['claude', '35', 'sonnet'], 2],
    ['llama3-1-70b-instruct-v1', ['llama', '31', '70b', 'instruct'], 1],
    ['Qwen3 32B', ['qwen', '3', '32b'], 1],
  ])('%s', (text, words, version) => {
    expect(wordsOf(text)).toEqual({ words, version });
  });

  it('takes only a trailing vN as the version: an inner one is a word', () => {
    expect(wordsOf('DeepSeek V3 V1')).toEqual({ words: ['deepseek', 'v', '3'], version: 1 });
  });
});

describe('modelWordsOf', () => {
  it.each([
    ['global.anthropic.claude-opus-4-6-v1', { words: ['claude', 'opus', '46'], version: 1, provider: 'anthropic' }],
    ['us.anthropic.claude-3-5-sonnet-20241022-v2:0', { words: ['claude', '35', 'sonnet'], version: 2, provider: 'anthropic' }],
    ['meta.llama3-1-70b-instruct-v1:0', { words: ['llama', '31', '70b', 'instruct'], version: 1, provider: 'meta' }],
    ['amazon.nova-pro-v1:0', { words: ['nova', 'pro'], version: 1, provider: 'amazon' }],
    ['mistral.mistral-large-2407-v1:0', { words: ['mistral', 'large', '2407'], version: 1, provider: 'mistral' }],
  ])('%s', (modelId, expected) => {
    expect(modelWordsOf(modelId)).toEqual(expected);
  });
});

describe('parseQuotaName', () => {
  it.each([
    ['On-demand InvokeModel tokens per minute for Anthropic Claude Opus 4.6 V1', 'on-demand', 'tokens-per-minute', true],
    ['Cross-Region InvokeModel tokens per minute for Anthropic Claude Opus 4.6 V1', 'cross-region', 'tokens-per-minute', true],
    ['Global cross-region model inference tokens per minute for Anthropic Claude Opus 4.6 V1', 'global', 'tokens-per-minute', false],
    ['Global cross-Region InvokeModel tokens per minute for Anthropic Claude Opus 4.6 V1', 'global', 'tokens-per-minute', true],
    ['On-demand InvokeModel requests per minute for Anthropic Claude 3.5 Sonnet V2', 'on-demand', 'requests-per-minute', true],
    ['Cross-region model inference requests per minute for Anthropic Claude 3.7 Sonnet V1', 'cross-region', 'requests-per-minute', false],
    ['On-demand model inference tokens per minute for Meta Llama 3.1 70B Instruct', 'on-demand', 'tokens-per-minute', false],
    ['ON-DEMAND  InvokeModel   TOKENS PER MINUTE for Amazon Nova Pro', 'on-demand', 'tokens-per-minute', true],
  ])('%s', (name, mode, rate, currentWording) => {
    expect(parseQuotaName(name)).toMatchObject({ mode, rate, currentWording });
  });

  it.each([
    'Model invocation max tokens per day for Anthropic Claude Opus 4.6 V1',
    'Cross-Model Max Tokens Per Day',
    'On-demand latency-optimized InvokeModel tokens per minute for Anthropic Claude 3.5 Haiku',
    'Batch inference tokens per minute for Anthropic Claude 3 Haiku',
    'Provisioned throughput model units per minute for Anthropic Claude 3 Haiku',
    'Cross-Region InvokeModel tokens per minute for Anthropic Claude Sonnet 4 V1 1M Context Length',
    'On-demand model inference input tokens per minute for OpenAI GPT OSS 120B',
    'bedrock-mantle tokens per minute for OpenAI GPT OSS 120B',
    'InvokeModel tokens per minute for Anthropic Claude Opus 4.6 V1',
    'Number of custom models',
  ])('ignores "%s"', (name) => {
    expect(parseQuotaName(name)).toBeUndefined();
  });
});

describe('modelMatchDistance', () => {
  it('counts words the quota name has beyond the model and its provider', () => {
    const model = modelWordsOf('anthropic.claude-3-haiku-20240307-v1:0');
    expect(modelMatchDistance(model, wordsOf('Anthropic Claude 3 Haiku'))).toBe(0);
    expect(modelMatchDistance(model, wordsOf('Anthropic Claude 3 Haiku Extended'))).toBe(1);
  });

  it('refuses a different version, a missing word, or a model without words', () => {
    const model = modelWordsOf('anthropic.claude-3-5-sonnet-20240620-v1:0');
    expect(modelMatchDistance(model, wordsOf('Anthropic Claude 3.5 Sonnet V2'))).toBeUndefined();
    expect(modelMatchDistance(model, wordsOf('Anthropic Claude 3 Sonnet'))).toBeUndefined();
    expect(modelMatchDistance(modelWordsOf('global.'), wordsOf('Anything'))).toBeUndefined();
  });
});

describe('findModelQuota', () => {
  const quotas = [
    { QuotaCode: 'L-00000001', QuotaName: 'On-demand InvokeModel tokens per minute for Anthropic Claude Opus 4.6 V1' },
    { QuotaCode: 'L-00000002', QuotaName: 'Cross-Region InvokeModel tokens per minute for Anthropic Claude Opus 4.6 V1' },
    { QuotaCode: 'L-00000003', QuotaName: 'Global cross-region model inference tokens per minute for Anthropic Claude Opus 4.6 V1' },
    { QuotaCode: 'L-00000004', QuotaName: 'Model invocation max tokens per day for Anthropic Claude Opus 4.6 V1' },
    { QuotaCode: 'L-00000005', QuotaName: 'Global cross-region model inference tokens per minute for Anthropic Claude Opus 4.5 V1' },
    { QuotaCode: 'L-00000006', QuotaName: 'Global cross-region model inference tokens per minute for Anthropic Claude Opus 4 V1' },
    { QuotaCode: 'L-00000010', QuotaName: 'On-demand InvokeModel tokens per minute for Anthropic Claude 3.5 Sonnet' },
    { QuotaCode: 'L-00000011', QuotaName: 'On-demand InvokeModel tokens per minute for Anthropic Claude 3.5 Sonnet V2' },
    { QuotaCode: 'L-00000012', QuotaName: 'On-demand InvokeModel requests per minute for Anthropic Claude 3.5 Sonnet V2' },
    { QuotaCode: 'L-00000013', QuotaName: 'Cross-Region InvokeModel tokens per minute for Anthropic Claude 3.5 Sonnet V2' },
    { QuotaCode: 'L-00000020', QuotaName: 'On-demand model inference requests per minute for Meta Llama 3.1 70B Instruct' },
    { QuotaCode: 'L-00000021', QuotaName: 'On-demand model inference tokens per minute for Meta Llama 3.1 70B Instruct' },
    { QuotaCode: 'L-00000022', QuotaName: 'On-demand model inference tokens per minute for Meta Llama 3.1 405B Instruct' },
    { QuotaCode: 'L-00000030', QuotaName: 'Cross-Region InvokeModel tokens per minute for Anthropic Claude Sonnet 4 V1' },
    { QuotaCode: 'L-00000031', QuotaName: 'Cross-Region InvokeModel tokens per minute for Anthropic Claude Sonnet 4 V1 1M Context Length' },
    { QuotaCode: 'L-00000032', QuotaName: 'Cross-Region InvokeModel tokens per minute for Anthropic Claude Sonnet 4.5 V1' },
  ];

  it.each([
    ['global.anthropic.claude-opus-4-6-v1', 'tokens-per-minute', 'L-00000003'],
    ['us.anthropic.claude-opus-4-6-v1', 'tokens-per-minute', 'L-00000002'],
    ['anthropic.claude-opus-4-6-v1', 'tokens-per-minute', 'L-00000001'],
    ['global.anthropic.claude-opus-4-20250514-v1:0', 'tokens-per-minute', 'L-00000006'],
    ['anthropic.claude-3-5-sonnet-20240620-v1:0', 'tokens-per-minute', 'L-00000010'],
    ['anthropic.claude-3-5-sonnet-20241022-v2:0', 'tokens-per-minute', 'L-00000011'],
    ['anthropic.claude-3-5-sonnet-20241022-v2:0', 'requests-per-minute', 'L-00000012'],
    ['eu.anthropic.claude-3-5-sonnet-20241022-v2:0', 'tokens-per-minute', 'L-00000013'],
    ['meta.llama3-1-70b-instruct-v1:0', 'requests-per-minute', 'L-00000020'],
    ['meta.llama3-1-70b-instruct-v1:0', 'tokens-per-minute', 'L-00000021'],
    ['us.anthropic.claude-sonnet-4-20250514-v1:0', 'tokens-per-minute', 'L-00000030'],
    ['us.anthropic.claude-sonnet-4-5-20250929-v1:0', 'tokens-per-minute', 'L-00000032'],
  ] as const)('%s %s → %s', (modelId, rate, code) => {
    expect(findModelQuota(modelId, rate, quotas)?.QuotaCode).toBe(code);
  });

  it.each([
    ['global.anthropic.claude-opus-4-6-v1', 'requests-per-minute'],
    ['anthropic.claude-3-5-sonnet-20240620-v1:0', 'requests-per-minute'],
    ['us.meta.llama3-1-70b-instruct-v1:0', 'tokens-per-minute'],
    ['global.anthropic.claude-haiku-4-5-20251001-v1:0', 'tokens-per-minute'],
  ] as const)('finds nothing for %s %s (never a quota of another mode, rate or model)', (modelId, rate) => {
    expect(findModelQuota(modelId, rate, quotas)).toBeUndefined();
  });

  it('prefers the closest name, then the current wording, then the lowest code', () => {
    const candidates = [
      { QuotaCode: 'L-0000000C', QuotaName: 'On-demand InvokeModel tokens per minute for Anthropic Claude 3 Haiku Special' },
      { QuotaCode: 'L-0000000B', QuotaName: 'On-demand model inference tokens per minute for Anthropic Claude 3 Haiku' },
      { QuotaCode: 'L-0000000D', QuotaName: 'On-demand InvokeModel tokens per minute for Anthropic Claude 3 Haiku' },
      { QuotaCode: 'L-0000000A', QuotaName: 'On-demand InvokeModel tokens per minute for Claude 3 Haiku' },
    ];
    expect(findModelQuota('anthropic.claude-3-haiku-20240307-v1:0', 'tokens-per-minute', candidates)?.QuotaCode).toBe('L-0000000A');
    expect(findModelQuota('anthropic.claude-3-haiku-20240307-v1:0', 'tokens-per-minute', candidates.slice(0, 3))?.QuotaCode).toBe('L-0000000D');
  });

  it('skips listed quotas without a code or a name', () => {
    expect(findModelQuota('anthropic.claude-opus-4-6-v1', 'tokens-per-minute', [{ QuotaName: quotas[0]?.QuotaName }, { QuotaCode: 'L-00000001' }])).toBeUndefined();
  });
});

describe('findMantleInputQuota (bedrock-mantle, issue 14)', () => {
  const candidates = [
    { QuotaCode: 'L-RUNTIME1', QuotaName: 'On-demand model inference tokens per minute for OpenAI GPT OSS 120b' },
    { QuotaCode: 'L-MANTLEOU', QuotaName: 'Bedrock Mantle output tokens per minute for OpenAI GPT OSS 120b' },
    { QuotaCode: 'L-MANTLEIN', QuotaName: 'Bedrock Mantle input tokens per minute for OpenAI GPT OSS 120b' },
    { QuotaCode: 'L-MANTLE20', QuotaName: 'Bedrock Mantle input tokens per minute for OpenAI GPT OSS 20b' },
  ];

  it('takes the mantle input-tokens quota of the model, never the runtime or output one', () => {
    expect(findMantleInputQuota('openai.gpt-oss-120b', candidates)?.QuotaCode).toBe('L-MANTLEIN');
    expect(findMantleInputQuota('openai.gpt-oss-20b', candidates)?.QuotaCode).toBe('L-MANTLE20');
    // The runtime discovery ignores mantle quotas (their usage is kept apart).
    expect(findModelQuota('openai.gpt-oss-120b', 'tokens-per-minute', candidates)?.QuotaCode).toBe('L-RUNTIME1');
  });

  it('finds nothing for a model without a mantle quota', () => {
    expect(findMantleInputQuota('amazon.nova-pro-v1:0', candidates)).toBeUndefined();
  });

  it('takes the mantle output-tokens quota for the output direction, never the input one', () => {
    expect(findMantleQuota('output', 'openai.gpt-oss-120b', candidates)?.QuotaCode).toBe('L-MANTLEOU');
    expect(findMantleQuota('input', 'openai.gpt-oss-120b', candidates)?.QuotaCode).toBe('L-MANTLEIN');
    // No output quota listed for the 20b model: nothing, not its input quota.
    expect(findMantleQuota('output', 'openai.gpt-oss-20b', candidates)).toBeUndefined();
  });
});
