/**
 * aws-local-stepfunctions calls Promise.withResolvers (Node >= 22). On Node 20 every Task would throw a TypeError
 * that a Catch on States.ALL silently swallows, so it is provided here before the engine is loaded.
 */
const promise = Promise as unknown as { withResolvers?: <T>() => { promise: Promise<T>; resolve: (v: T) => void; reject: (e: unknown) => void } };
if (typeof promise.withResolvers !== 'function') {
  promise.withResolvers = <T>() => {
    let resolve!: (v: T) => void;
    let reject!: (e: unknown) => void;
    const p = new Promise<T>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise: p, resolve, reject };
  };
}
export {};
