/**
 * How much the CLI reads from each input, stated once. Generous for real use, small enough
 * that `/dev/zero` or a runaway pipe ends in a refusal instead of filling memory.
 */
/** A secret or a static token: a few dozen characters in practice. */
export const SECRET_MAX_BYTES = 64 * 1024;
/** A simulator scenario (JSON). */
export const SCENARIO_MAX_BYTES = 4 * 1024 * 1024;
/** One line of batch input (one token, or a log line holding it). */
export const TOKEN_LINE_MAX_BYTES = 1024 * 1024;
