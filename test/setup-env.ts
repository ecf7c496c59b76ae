// Tests never reach AWS: no credentials, a fixed region, no SDK Node-version warning, quiet logs.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
process.env.AWS_REGION ??= 'us-east-1';
process.env.AWS_ACCESS_KEY_ID = 'test';
process.env.AWS_SECRET_ACCESS_KEY = 'test';
process.env.POWERTOOLS_LOG_LEVEL ??= 'SILENT';

// ... and never the network: an HTTP(S) request to anything but this machine is cut off at once and fails the test
// that made it (the error reaches Jest as an uncaught exception), instead of an SDK client waiting out its retries
// against an address it cannot reach (an unmocked client cost a test file ~3 s of idle retries and TLS set-up).
// Once per worker process: the channel object is the process's (node:diagnostics_channel is not sandboxed), while each
// test file gets its own `process` object from Jest, so the mark is kept on the channel (a mark on `process` added one
// subscriber per test file, each holding on to that file's whole module context).
const GUARD = Symbol.for('ops-alert.test.no-network');
const { channel } = await import('node:diagnostics_channel');
const requests = channel('http.client.request.start') as unknown as Record<symbol, boolean> & ReturnType<typeof channel>;
if (!requests[GUARD]) {
  requests[GUARD] = true;
  const LOCAL = /^(localhost|127\.\d+\.\d+\.\d+|\[?::1\]?)(:\d+)?$/i;
  requests.subscribe((message) => {
    const { request } = message as { request: { host?: string; getHeader(name: string): unknown; destroy(error: Error): void } };
    const host = String(request.host ?? request.getHeader('host') ?? '');
    if (LOCAL.test(host)) return;
    const error = Object.assign(new Error(`A test tried to reach ${host} over the network: mock the client that made the call (test/setup-env.ts)`), { name: 'TestNetworkAccessError' });
    request.destroy(error);
    throw error;
  });
}
