/**
 * Expected failures are values, not exceptions: a bad rulebook, an encrypted PDF, a missing path.
 * Wording for people (colour, hints) is added only by the CLI.
 */

export type ErrorCode =
  // usage
  | "KRV-U001" // bad command-line argument
  | "KRV-U002" // unknown rule id
  // documents
  | "KRV-D001" // path not found
  | "KRV-D002" // empty file
  | "KRV-D003" // corrupt or not a PDF
  | "KRV-D004" // encrypted PDF, no password given
  | "KRV-D005" // encrypted PDF, wrong password
  | "KRV-D006" // PDF without a text layer
  | "KRV-D007" // not a Word (.docx) file
  | "KRV-D008" // file could not be read (permissions, I/O)
  | "KRV-D009" // no readable text
  | "KRV-D010" // no supported documents under a folder
  | "KRV-D011" // unsupported file type
  | "KRV-D012" // zip archive that cannot be unpacked
  | "KRV-D013" // a text-named file that is not text
  // rulebooks
  | "KRV-R001" // rulebook file cannot be read
  | "KRV-R002" // YAML syntax error
  | "KRV-R003" // schema violation
  | "KRV-R004" // duplicate id
  | "KRV-R005" // unknown reference (concept, parameter, rulebook)
  | "KRV-R006" // pattern rejected
  | "KRV-R007" // extends cycle or bad extends target
  // internal
  | "KRV-I001";

export interface ErrorPlace {
  readonly line: number;
  readonly column: number;
}

export interface KravError {
  readonly code: ErrorCode;
  readonly message: string;
  /** The file the error is about, as the user named it. */
  readonly file?: string;
  readonly place?: ErrorPlace;
  /** What the user can do about it. */
  readonly hint?: string;
}

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly errors: readonly KravError[] };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(...errors: KravError[]): Result<T> => ({ ok: false, errors });

export function kravError(code: ErrorCode, message: string, extra: Omit<KravError, "code" | "message"> = {}): KravError {
  return { code, message, ...extra };
}
