import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Integration tests start anvil nodes and spawn the binary: generous, but bounded.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Two cores: more workers than that only makes anvil nodes fight for CPU.
    maxWorkers: 2,
  },
})
