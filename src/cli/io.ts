/** Everything the CLI takes from its surroundings, so that tests can run it in-process. */
export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Whether stdout and stderr are terminals (for colour). */
  readonly stdoutIsTTY: boolean;
  readonly stderrIsTTY?: boolean;
  readonly columns?: number;
}

/** The width to wrap text to: the terminal's, kept readable. */
export const textWidth = (io: Io): number => Math.max(60, Math.min(120, io.columns ?? 100));
