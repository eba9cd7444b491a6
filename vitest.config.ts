import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Reading PDFs with pdf.js takes a moment on a loaded two-core CI machine.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
