import middy from '@middy/core';
describe('toolchain', () => {
  it('runs ESM middy under jest', async () => {
    const h = middy(async (e: { a: number }) => e.a + 1);
    await expect(h({ a: 1 }, {} as never)).resolves.toBe(2);
  });
});
