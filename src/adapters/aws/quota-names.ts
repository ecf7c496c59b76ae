/**
 * Finds the Service Quotas quota of a Bedrock model by its name. Pure: no AWS call.
 *
 * No API maps a model id to its quota codes, and the quota names changed across generations:
 *   "On-demand InvokeModel tokens per minute for Anthropic Claude Opus 4.6 V1"
 *   "Cross-Region InvokeModel tokens per minute for Anthropic Claude 3.5 Sonnet V2"
 *   "Global cross-region model inference tokens per minute for Anthropic Claude Opus 4.6 V1"
 *   "On-demand model inference requests per minute for Meta Llama 3.1 70B Instruct"
 * So names are read loosely: the inference mode and the rate from the words before " for ", the model from the words
 * after it, compared as normalised word sets with the model id's words ("claude-opus-4-6-v1" ↔ "Claude Opus 4.6 V1").
 */

/** How a model id is invoked, which decides the quota family. */
export type InferenceMode = 'on-demand' | 'cross-region' | 'global';
/** The per-minute rate a quota limits. Daily quotas are never matched. */
export type QuotaRate = 'tokens-per-minute' | 'requests-per-minute';

/** Geography prefixes of system-defined cross-Region inference profiles (us.anthropic..., eu.meta..., apac....). */
const GEO_PREFIXES = new Set(['us', 'us-gov', 'eu', 'apac', 'jp', 'au', 'ca', 'uk', 'in', 'kr', 'sa', 'me', 'mx', 'il', 'af', 'tw']);
/** An unknown geography still looks like a short lowercase word followed by provider.model. */
const GEO_LIKE = /^[a-z]{2,4}(-[a-z]{2,4})?$/;

/** Strips an ARN's path (`.../inference-profile/us.anthropic...`) and case. */
const bareId = (modelId: string): string => {
  const id = modelId.trim().toLowerCase();
  return id.includes('/') ? id.slice(id.lastIndexOf('/') + 1) : id;
};

/** `global.` → global cross-Region; a geography prefix (us., eu., apac., ...) → cross-Region; otherwise on-demand. */
export const inferenceModeOf = (modelId: string): InferenceMode => {
  const [first, ...rest] = bareId(modelId).split('.');
  if (first === undefined || rest.length === 0) return 'on-demand';
  if (first === 'global') return 'global';
  if (GEO_PREFIXES.has(first) || (rest.length >= 2 && GEO_LIKE.test(first))) return 'cross-region';
  return 'on-demand';
};

/** Normalised words of a model, plus its version (v1 when none is written). */
export interface ModelWords {
  words: string[];
  version: number;
}

const VERSION_TOKEN = /^v(\d+)$/;
const DATE_TOKEN = /^\d{8}$/;
const DIGITS = /^\d+$/;

/**
 * Lowercases, splits on anything that is not a letter or digit (so "4.6" and "4-6" both give "4", "6"), splits a word
 * from the digits that follow it ("llama3" → "llama", "3"), drops release dates (20241022), takes a trailing "vN" as
 * the version, then joins runs of numbers ("4", "6" → "46"; "24.07" → "2407") so that "4" never matches "4.5".
 */
export const wordsOf = (text: string): ModelWords => {
  const raw = text
    .toLowerCase()
    .replace(/\+/g, ' plus ')
    .split(/[^a-z0-9]+/)
    .filter((token) => token.length > 0 && !DATE_TOKEN.test(token));
  let version = 1;
  const last = raw[raw.length - 1];
  const versionMatch = last === undefined ? null : VERSION_TOKEN.exec(last);
  if (versionMatch?.[1] !== undefined) {
    version = Number(versionMatch[1]);
    raw.pop();
  }
  const split = raw.flatMap((token) => token.split(/(?<=[a-z])(?=\d)/));
  const words: string[] = [];
  for (const token of split) {
    const previous = words[words.length - 1];
    if (previous !== undefined && DIGITS.test(previous) && DIGITS.test(token)) words[words.length - 1] = previous + token;
    else words.push(token);
  }
  return { words, version };
};

/** The words of a model id without its geography prefix, provider and `:N` revision; the provider is kept apart. */
export const modelWordsOf = (modelId: string): ModelWords & { provider?: string } => {
  const segments = bareId(modelId).replace(/:\d+$/, '').split('.');
  if (inferenceModeOf(modelId) !== 'on-demand') segments.shift();
  const provider = segments.length > 1 ? segments.shift() : undefined;
  const { words, version } = wordsOf(segments.join('.'));
  return provider === undefined ? { words, version } : { words, version, provider };
};

/** A Bedrock per-minute quota name, read. */
export interface ParsedQuotaName {
  mode: InferenceMode;
  rate: QuotaRate;
  model: ModelWords;
  /** The current naming ("InvokeModel"), preferred when an account lists two generations for one model. */
  currentWording: boolean;
}

/**
 * Quotas that share the per-minute wording but limit something else: latency-optimized inference, batch,
 * provisioned throughput, the separate bedrock-mantle endpoint (input/output TPM), long-context variants.
 */
const OTHER_QUOTAS = [/latency[- ]optimi[sz]ed/, /\bbatch\b/, /provisioned/, /mantle/, /context length/, /\b(input|output)\s*$/];

const RATE_NAME = /^(.*?)\b(tokens|requests) per minute for (.+)$/;

/** Reads a quota name; undefined when it is not a per-minute model quota of a known inference mode. */
export const parseQuotaName = (name: string): ParsedQuotaName | undefined => {
  const lower = name.toLowerCase().replace(/\s+/g, ' ').trim();
  if (/\bper day\b/.test(lower)) return undefined;
  const match = RATE_NAME.exec(lower);
  if (!match) return undefined;
  const [, head = '', unit, modelText = ''] = match;
  if (OTHER_QUOTAS.some((pattern) => pattern.test(head) || pattern.test(modelText))) return undefined;
  let mode: InferenceMode;
  if (/^global\b/.test(head)) mode = 'global';
  else if (/cross[- ]region/.test(head)) mode = 'cross-region';
  else if (/on[- ]demand/.test(head)) mode = 'on-demand';
  else return undefined;
  return {
    mode,
    rate: unit === 'tokens' ? 'tokens-per-minute' : 'requests-per-minute',
    model: wordsOf(modelText),
    currentWording: head.includes('invokemodel'),
  };
};

/**
 * How far a quota's model words are from the model's: undefined when they do not match (a model word is missing or
 * the version differs), else the number of extra words in the quota name (the provider is not extra).
 */
export const modelMatchDistance = (model: ReturnType<typeof modelWordsOf>, quota: ModelWords): number | undefined => {
  if (model.words.length === 0 || model.version !== quota.version) return undefined;
  const quotaWords = new Set(quota.words);
  if (!model.words.every((word) => quotaWords.has(word))) return undefined;
  const modelWords = new Set(model.words);
  return quota.words.filter((word) => !modelWords.has(word) && word !== model.provider).length;
};

/** A quota as Service Quotas lists it (only the fields used here). */
export interface QuotaCandidate {
  QuotaCode?: string;
  QuotaName?: string;
}

/**
 * The quota of `rate` for a model id among listed quotas: same inference mode, same rate, matching model words.
 * The closest name wins (fewest extra words), then the current wording, then the lowest code, so the choice is
 * deterministic. Undefined when none matches (for example RPM, which Bedrock stopped listing in 2026).
 */
export const findModelQuota = <T extends QuotaCandidate>(modelId: string, rate: QuotaRate, candidates: readonly T[]): T | undefined => {
  const mode = inferenceModeOf(modelId);
  const model = modelWordsOf(modelId);
  const ranked: { candidate: T; distance: number; currentWording: boolean; code: string }[] = [];
  for (const candidate of candidates) {
    if (!candidate.QuotaCode || !candidate.QuotaName) continue;
    const parsed = parseQuotaName(candidate.QuotaName);
    if (!parsed || parsed.mode !== mode || parsed.rate !== rate) continue;
    const distance = modelMatchDistance(model, parsed.model);
    if (distance === undefined) continue;
    ranked.push({ candidate, distance, currentWording: parsed.currentWording, code: candidate.QuotaCode });
  }
  ranked.sort((a, b) => a.distance - b.distance || Number(b.currentWording) - Number(a.currentWording) || a.code.localeCompare(b.code));
  return ranked[0]?.candidate;
};

const MANTLE_QUOTA_NAME = { input: /^bedrock mantle input tokens per minute for (.+)$/, output: /^bedrock mantle output tokens per minute for (.+)$/ } as const;

/**
 * A bedrock-mantle quota of a model: "Bedrock Mantle input tokens per minute for ${model}" (what its TPM figures are
 * compared with, checked when a request is admitted) or "Bedrock Mantle output tokens per minute for ${model}" (what
 * its output tokens are compared with). The endpoint enforces these two token quotas and no request quota. The
 * closest model name wins, then the lowest code.
 */
export const findMantleQuota = <T extends QuotaCandidate>(direction: 'input' | 'output', modelId: string, candidates: readonly T[]): T | undefined => {
  const model = modelWordsOf(modelId);
  const pattern = MANTLE_QUOTA_NAME[direction];
  const ranked: { candidate: T; distance: number; code: string }[] = [];
  for (const candidate of candidates) {
    if (!candidate.QuotaCode || !candidate.QuotaName) continue;
    const match = pattern.exec(candidate.QuotaName.toLowerCase().replace(/\s+/g, ' ').trim());
    const distance = match ? modelMatchDistance(model, wordsOf(match[1] ?? '')) : undefined;
    if (distance !== undefined) ranked.push({ candidate, distance, code: candidate.QuotaCode });
  }
  ranked.sort((a, b) => a.distance - b.distance || a.code.localeCompare(b.code));
  return ranked[0]?.candidate;
};

/** The input-tokens quota of a bedrock-mantle model (findMantleQuota). */
export const findMantleInputQuota = <T extends QuotaCandidate>(modelId: string, candidates: readonly T[]): T | undefined => findMantleQuota('input', modelId, candidates);
