/**
 * pdf.js's legacy build carries core-js, which replaces `Array.prototype.push` for the whole
 * process with a polyfill about 11× slower (it guards an edge case V8 already handles). This
 * module is imported before pdf-parse, so it holds the native method, and puts it back.
 */
const NATIVE_PUSH = Array.prototype.push;

/** Puts the native `push` back, if a library replaced it. */
export function restoreNativePush(): void {
  if (Array.prototype.push !== NATIVE_PUSH) Object.defineProperty(Array.prototype, "push", { value: NATIVE_PUSH, writable: true, configurable: true, enumerable: false });
}
