/** UTF-16 code-unit order: the same on every machine and in every locale, unlike a bare localeCompare. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
