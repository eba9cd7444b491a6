/** Everything the CLI takes from its surroundings, so that tests can run it in-process. */
export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Whether stdout is a terminal (for colour). */
  readonly stdoutIsTTY: boolean;
  readonly columns?: number;
}
