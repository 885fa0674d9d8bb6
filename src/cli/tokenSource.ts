/**
 * The tokens a command works on: its arguments, or stdin one per line (batch mode).
 * A blank line in the middle is a blank token (malformed); the newline ending the input is not.
 */
import type { CliIo } from './io';
import { TOKEN_LINE_MAX_BYTES } from './limits';

export async function* tokensFrom(positionals: readonly string[], io: CliIo): AsyncIterable<string> {
  if (positionals.length > 0) {
    yield* positionals;
    return;
  }
  let pendingBlank = 0;
  for await (const line of io.stdin.lines(TOKEN_LINE_MAX_BYTES)) {
    if (line.trim() === '') {
      pendingBlank++;
      continue;
    }
    for (; pendingBlank > 0; pendingBlank--) yield '';
    yield line;
  }
}
