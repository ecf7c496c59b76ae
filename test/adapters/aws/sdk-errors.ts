/** Builds errors shaped like the ones AWS SDK v3 throws, for services or names that have no modelled class. */
export const sdkError = (name: string, options: { message?: string; status?: number; fault?: 'client' | 'server'; retryable?: boolean } = {}): Error => {
  const status = options.status ?? (options.fault === 'server' ? 500 : 400);
  return Object.assign(new Error(options.message ?? `${name} happened`), {
    name,
    $fault: options.fault ?? (status >= 500 ? 'server' : 'client'),
    $metadata: { httpStatusCode: status },
    ...(options.retryable === undefined ? {} : { $retryable: { throttling: false } }),
  });
};
