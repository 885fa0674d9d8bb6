/**
 * What `tokenlab inspect` and `tokenlab verify` say, in one place (to move to catalogues).
 */
import type { VerdictCounts } from '../batch/batchJudge';

export const INSPECT_HELP = `Usage: tokenlab inspect [TOKEN...] [--json] [--now TIME] [--skew SECONDS]

Decodes tokens without a secret: family, fields, expiry. With no TOKEN, reads stdin: each line
may be a bare token or a log line holding one (token=04…, "token":"…", inside JSON); lines are
numbered from 1 and blank lines are skipped. A count per verdict follows on stderr (with
--json, a final {"summary": …} line on stdout).
  --json          one JSON object per token per line
  --now TIME      judge as of TIME: epoch seconds or ISO (2026-12-02T05:00:00Z)
  --skew SECONDS  tolerated clock difference (default 30)

Examples:
  tokenlab inspect 04AAAAAGc…
  tail -f app.log | tokenlab inspect
  tokenlab inspect --json < tokens.txt | jq -c 'select(.verdict != "unverified")'

Exit codes: 0 every token decoded (unverified), 1 any other verdict, 2 usage error.
`;

export const VERIFY_HELP = `Usage: tokenlab verify [TOKEN...] (--secret-file PATH | --profile NAME)
                       [--app-id N] [--app-key K --accid A] [--now TIME] [--skew SECONDS] [--json]

Checks each token with the secret: signature, expiry, app. With no TOKEN, reads stdin one log
line at a time and prints each verdict as its line arrives. Lines of another family, or that
the secret cannot be the key of, get their own verdict and reason; the run goes on.
  --secret-file PATH  the secret ("-" reads it from stdin; then give the tokens as arguments)
  --profile NAME      a stored profile's secret and identifiers
  --app-id N          ZEGO: the app id tokens must carry
  --app-key K, --accid A   CommsEase: the appKey and accid the signature covers
  --now TIME          judge as of TIME: epoch seconds or ISO (2026-12-02T05:00:00Z)
  --json              one JSON object per token per line, then {"summary": …}

Examples:
  tokenlab verify --secret-file examples/zego-secret.txt --app-id 1234567890 < examples/app.log
  tail -f app.log | tokenlab verify --profile staging
  tokenlab verify --profile prod --json < tokens.txt > verdicts.jsonl

Exit codes: 0 every token valid, 1 any other verdict, 2 usage error.
`;

export const noTokens = (mode: string): string => `tokenlab ${mode}: no tokens given (pass them as arguments or one per line on stdin)\n`;

/** "12 lines: 10 valid, 1 expired, 1 malformed" — the count per verdict, for stderr. */
export function summaryLine(counts: VerdictCounts, total: number): string {
  const parts = Object.entries(counts).map(([verdict, n]) => `${n} ${verdict}`);
  return `${total} ${total === 1 ? 'token' : 'tokens'}: ${parts.join(', ')}\n`;
}
