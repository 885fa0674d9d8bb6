/**
 * The CLI's messages: help, usage errors, prompts, the headline and the summaries. English and
 * Chinese side by side; the Chinese half has exactly the English keys. Command syntax
 * (`--secret-file PATH`, `TOKEN...`) stays as typed in both languages.
 */
import type { Strings } from '../strings';
import { verdictZh } from './verdict';

export const cliEn = {
  /** A sentence made outside the catalogues (a family's field check, a service), printed as it is. */
  verbatim: '{{message}}',
  unknownLanguage: 'Unknown language "{{lang}}"; use en or zh-CN.',
  langNeedsValue: '--lang needs a value: en or zh-CN',
  unknownCommand: 'unknown command {{word}}. Run "tokenlab --help".',
  internalError: 'internal error ({{name}})',
  profilesDamaged: '{{path}} was damaged ({{reason}}); the original is kept as {{backup}}',
  /** What a service's error is about, by its code: said before the service's English detail in other languages. */
  errorCode: {
    ZEGO_APP_ID_INVALID: 'Invalid AppID',
    ZEGO_USER_ID_INVALID: 'Invalid user ID',
    ZEGO_SECRET_INVALID: 'Invalid ServerSecret',
    ZEGO_EFFECTIVE_TIME_INVALID: 'Invalid validity period',
    INVALID_INPUT: 'Invalid input',
    SECRET_UNREADABLE: 'The secret cannot be read',
    KEYCHAIN_UNAVAILABLE: 'The keychain is unavailable',
    KEYCHAIN_LOCKED: 'The keychain is locked',
    KEYCHAIN_ERROR: 'Keychain error',
    PROFILE_NOT_FOUND: 'Profile not found',
    PROFILE_EXISTS: 'The profile already exists',
    SECRET_MISSING: 'The profile has no secret in the keychain',
    STORE_CORRUPT: 'The profiles file is damaged',
    IO_ERROR: 'File error',
    DATA_FILE_BUSY: 'A data file is in use by another process',
    NETWORK_ERROR: 'Network error',
    TIMEOUT: 'Timed out',
    NOT_CONFIRMED: 'Not confirmed',
    FORBIDDEN_SENDER: 'Refused sender',
    UNKNOWN_CHANNEL: 'Unknown channel',
    INTERNAL: 'Internal error',
  },
  errorWithDetail: '{{summary}} ({{detail}})',
  confirm: {
    noTerminal: 'refusing the {{action}} without confirmation: run it in a terminal to confirm, or pass --yes',
    notConfirmed: 'not confirmed: the {{action}} did not happen',
    refusing: '{{question}} Refusing without confirmation: run it in a terminal to confirm, or pass --yes',
    typeYes: 'Type "{{answer}}" to go on: ',
  },
  wordNotShown: '({{length}} characters, not shown)',
  help: {
    top: `tokenlab — inspect, verify and mint RTC auth tokens (ZEGOCLOUD, NetEase CommsEase, Agora, Tencent, LiveKit, Twilio, JWT)

Usage:
{{usage}}

{{pointers}}

With no TOKEN arguments, tokens are read from stdin, one per line (log lines work too).
TIME: epoch seconds or ISO (2026-12-02T05:00:00Z). DURATION: seconds, or 90s, 45m, 1h30m, 7d.
Every command answers --help, with examples. --lang en|zh-CN picks the language (default:
LC_ALL, LC_MESSAGES, LANG).
Exit codes: 0 all valid (or unverified for inspect), 1 any other verdict, 2 usage error.
A secret is never accepted on the command line: use --secret-file or a stored --profile.
`,
    inspect: `Usage: tokenlab inspect [TOKEN...] [--json] [--now TIME] [--skew SECONDS]

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
`,
    verify: `Usage: tokenlab verify [TOKEN...] (--secret-file PATH | --profile NAME)
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
`,
    generate: `Usage: tokenlab generate FAMILY [options]      (tokenlab generate FAMILY --help)
       tokenlab generate --batch (--secret-file PATH | --profile NAME) [--now TIME] < requests.jsonl

FAMILY: {{families}}.

--batch mints one token per stdin line, each line a JSON request: {"family": "{{first}}", …fields}
with the fields by key ({{fields}}).
A line may name its own "profile"; otherwise the --secret-file / --profile secret is used and
the identifiers come from the line (or the profile). Prints one JSON line per request line:
{"line": 1, "token": "…"} or {"line": 2, "error": "…"}; an error never stops the run.

Examples:
  echo '{"family":"zego","appId":1234567890,"userId":"alice","ttlSeconds":3600}' | tokenlab generate --batch --secret-file examples/zego-secret.txt
  tokenlab generate --batch --profile staging < users.jsonl > tokens.jsonl
`,
    generateFamily: `Usage: tokenlab generate {{name}} [options] (--secret-file PATH | --profile NAME) [--json] [--now TIME]

Mints a {{label}} token: the token alone on stdout, a summary on stderr.
{{fields}}
  --secret-file PATH             the secret ("-" reads it from stdin)
  --profile NAME                 a stored profile's identifiers and secret (a flag that
                                 contradicts the profile is refused)
  --json                         the token and its verification as one JSON object
  --now TIME                     mint as of TIME: epoch seconds or ISO (2026-12-02T05:00:00Z)
DURATION: seconds, or 90s, 45m, 1h, 1h30m, 7d.

Examples:
  {{example1}}
  {{example2}}

Exit codes: 0 minted, 2 a bad option or secret.
`,
    profile: `Usage:
  tokenlab profile add --provider zego|commsease|agora|agora-006|tencent|livekit|twilio|jwt
                       --name NAME [the provider's identifiers] [--env TAG]
                                                            (secret: stdin, or a hidden prompt)
      zego --app-id N · commsease --app-key K [--api-base URL] · agora, agora-006 --app-id HEX32
      tencent --app-id SDKAPPID · livekit --app-id API_KEY · twilio --account-sid AC… --app-id SK…
      jwt [--app-id ISSUER]
  tokenlab profile list [--json]
  tokenlab profile rm NAME [--yes]                          (a prod profile asks first)
  tokenlab profile rename OLD NEW
  tokenlab profile retag NAME TAG
  tokenlab profile set-secret NAME                          (secret: stdin, or a hidden prompt)
  tokenlab profile doctor [--remove [--yes]] [--json]
      keychain entries of TokenLab that no profile, test case or pinned token uses any more;
      --remove deletes them after you confirm (--yes when not in a terminal)

Examples:
  tokenlab profile add --provider zego --name staging --app-id 1234567890 --env staging < zego-secret.txt
  tokenlab profile add --provider commsease --name "声网 测试" --app-key K --env 生产
  tokenlab profile list
  tokenlab profile rm staging
`,
    commsease: `Usage:
  tokenlab commsease static set     --profile P --accid A              (token: stdin or hidden prompt)
  tokenlab commsease static check   --profile P --accid A [--json] [-- TOKEN]
                                    (token: the argument, else stdin; exit 0 only when it matches)
  tokenlab commsease static create  --profile P --accid A [--yes] [--json]
                                    (token: stdin; empty stdin lets CommsEase generate one)
  tokenlab commsease static update  --profile P --accid A [--yes] [--json]
                                    (token: stdin or hidden prompt)
  tokenlab commsease static refresh --profile P --accid A [--yes] [--json]
  tokenlab commsease callback send  --profile P --url URL --accid A --client-type TYPE
                                    [--client-ip IP] [--ext TEXT] [--timeout MS] [--json]
                                    (token: stdin; exit 0 only when the login is allowed)
  tokenlab commsease callback verify --profile P --headers FILE --body FILE [--json]
                                    (exit 0 only when MD5 and CheckSum hold)

Client types: {{clientTypes}}.
update and refresh ask for confirmation naming the profile's environment tag (twice for
prod); --yes skips it. Without a terminal and without --yes they refuse (exit 2).
Server calls go to the profile's own API base; one that is not CommsEase's documented
https://api.netease.im is confirmed once per profile (same --yes rule), unless it was given
to "tokenlab profile add --api-base".
No token or secret is ever printed, and none is accepted as an option.

Examples:
  tokenlab commsease static check --profile staging --accid alice < token.txt
  tokenlab commsease static refresh --profile prod --accid alice
  tokenlab commsease callback verify --profile staging --headers headers.txt --body body.json
`,
    fieldNotes: ' ({{notes}})',
    fieldNoteJoin: '; ',
    fieldRequired: 'required',
    fieldDefault: 'default {{value}}',
    simulate: `Usage: tokenlab simulate (--scenario FILE.json | --preset NAME) [--json] [--profile NAME]
       tokenlab simulate --list-presets | --list-platforms

Simulates clients holding tokens over virtual time (ZIM, ZEGO Express, CommsEase, Agora RTC /
RTM / Chat, Tencent IM / TRTC, LiveKit, Twilio Video / Voice / Conversations, a generic JWT
backend: the "platform" of a scenario; see --list-platforms) and prints
every event: login, "will expire", renewals, expiry, disconnections, outages, reconnections.
  --scenario FILE  the scenario (JSON; "-" reads stdin). Only platform and tokenTtlSeconds
                   are required, e.g. {"platform": "zim", "tokenTtlSeconds": 3600};
                   every setting is explained in docs/GUIDE.md, examples in examples/
  --preset NAME    a ready-made scenario, the same as the simulator screen's (--list-presets)
  --json           one JSON object per event per line, then {"type":"summary",...}
  --profile NAME   mint the tokens with a stored profile's credentials instead of
                   throwaway ones derived from the seed

Examples:
  echo '{"platform": "zim", "tokenTtlSeconds": 3600}' | tokenlab simulate --scenario -
  tokenlab simulate --preset slow-server
  tokenlab simulate --scenario examples/scenario-server-down.json --json | jq -c 'select(.type == "expired")'

Exit codes: 0 the run completed, 2 a bad scenario or option.
`,
    serve: `Usage: tokenlab serve [--port N] [--host 127.0.0.1] [--profile NAME ...] [--max-ttl S]
                      [--refuse-over-max] [--rate-limit N] [--cors ORIGIN ...]
                      [--config FILE] [--allow-prod [--yes]] [--json]

Serves tokens of your stored profiles to the app under test, on 127.0.0.1 only, until
Ctrl+C (SIGINT) or SIGTERM; then it frees the port and exits 0.
  GET /token?profile=NAME&user=U[&ttl=S][&family=F] plus the family's own parameters, or
  GET /token/FAMILY?... with the family's field names (profile= may be left out when the
     run serves exactly one --profile, or one of that family):
{{routes}}
     (each field also answers to its generate flag without "--", e.g. room for roomId;
     lists are comma-separated, switches true/false, ttl in seconds)
  with "Authorization: Bearer KEY" → 200 {"token", "expiresAt" (epoch s), "family", "ttlSeconds"}.
  No key: 401. Unknown parameter: 400 naming it. Over the rate limit: 429.
  --port N           listen on N (default: a free port)
  --host H           a loopback address (127.0.0.1, localhost, ::1); anything else exits 2
  --profile NAME     serve only these profiles (repeatable; default: every profile)
  --max-ttl S        the longest TTL served (default {{maxTtl}}); longer asks are cut to it
                     and the answer says "ttlClamped" ...
  --refuse-over-max  ... or answered 400 ttl_too_long instead
  --rate-limit N     requests a second (default {{rate}})
  --cors ORIGIN      allow this browser origin (repeatable; default: CORS off)
  --allow-prod       serve prod-tagged profiles this run (asks to type yes on the terminal;
                     --yes answers it; without a terminal and --yes it exits 2)
  --config FILE      faults as JSON (schema below), e.g. every token lives 40 s and
                     request 3 fails: {"ttlOverrideSeconds": 40, "failRequests": [3]};
                     save an edit while it runs and the next request uses it
                     ("-" reads it from stdin)
  --json             first line {"url","key"}, then one JSON line per request
The fault config (--config FILE; docs/TOKEN-SERVER.md):
{{faults}}
Examples:
  tokenlab serve --profile staging
  tokenlab serve --port 8787 --profile staging --max-ttl 3600 --json

Exit codes: 0 stopped by a signal, 2 a bad option, config or host, or the port is taken.
`,
    /** The --config schema in `serve --help`: JSON as typed, the explanations translated. */
    serveFaults: `  {
    "seed": 1,                        random draws repeat exactly for the same seed
    "latency": {"kind": "fixed", "ms": 800}
             | {"kind": "uniform", "minMs": 100, "maxMs": 2000}
             | {"kind": "exponential", "meanMs": 300, "maxMs": 5000},
    "failureRate": 0.1,               probability a request is answered 500
    "failRequests": [3],              these requests (1-based, since start) are answered 500
    "outages": [{"atSeconds": 60, "forSeconds": 30}],   503 in these windows since start
    "faults": {"expired": 0, "otherUser": 0, "otherApp": 0},  wrong tokens (probabilities, sum ≤ 1)
    "ttlOverrideSeconds": 40          every token lives 40 s whatever ttl was asked
  }
  Every field is optional; unknown fields are refused.`,
  },
  args: {
    secretOnCommandLine: 'use --secret-file or --profile (secrets never go on the command line)',
    unknownOption: 'unknown option --{{name}}',
    takesNoValue: '--{{name}} takes no value',
    needsValue: '--{{name}} needs a value',
    givenTwice: '--{{name}} was given twice',
    unexpectedArgument: 'unexpected argument #1 ({{length}} characters, not shown)',
    unexpectedArgumentHint: 'unexpected argument #1 ({{length}} characters, not shown) ({{hint}})',
    wholeNumber: '{{flag}} must be a whole number, got "{{raw}}"',
    between: '{{flag}} must be between {{min}} and {{max}}, got {{raw}}',
    nowFormat: '--now takes epoch seconds or an ISO time with its zone (2026-12-02T05:00:00Z), got "{{raw}}"',
    duration: '{{flag}} takes seconds or a duration like 90s, 45m, 1h, 1h30m, 7d, got "{{raw}}"',
    jsonTooLong: '{{flag}} takes at most {{max}} characters of JSON',
    mustBeJson: `{{flag}} must be JSON, e.g. '{"role":"admin"}'`,
    required: '{{flag}} is required',
    contradiction: '{{flag}} {{given}} contradicts profile "{{profile}}" ({{name}} {{stored}}): drop {{flag}}, or use the profile made for that value',
    secretFileOrProfile: 'give either --secret-file or --profile, not both',
    fieldProblem: '{{flag}} {{problem}}',
    fieldInvalid: '{{flag}} is invalid',
  },
  input: {
    stdinTooLarge: 'stdin holds more than {{size}}: refused',
    lineTooLong: 'line {{line}} of stdin is longer than {{size}}: refused',
    notRegular: 'the {{what}} file {{path}} is not a regular file (a device, FIFO or folder): refused',
    tooLarge: 'the {{what}} file {{path}} is larger than {{size}}: refused',
    unreadable: 'cannot read the {{what}} file {{path}} ({{reason}})',
    secretEmptyStdin: 'the secret on stdin is empty',
    secretFileEmpty: 'the secret file {{path}} is empty',
    nothingEntered: 'no {{what}} was entered',
    stdinEmpty: 'stdin was empty: pipe the {{what}} in, or run in a terminal to be prompted',
    what: {
      secret: 'secret',
      token: 'token',
      scenario: 'scenario',
      config: 'config',
      headers: 'headers',
      body: 'body',
    },
  },
  inspect: {
    secretDashNeedsArguments: '--secret-file - reads the secret from stdin: give the tokens as arguments',
    verifyNeedsSecret: 'verify needs the secret: --secret-file PATH or --profile NAME (a secret is never accepted as an argument)',
    noTokens: 'no tokens given (pass them as arguments or one per line on stdin)',
    summary_one: '{{count}} token: {{parts}}',
    summary_other: '{{count}} tokens: {{parts}}',
    summaryPart: '{{n}} {{verdict}}',
    summaryJoin: ', ',
    expiry: '{{time}} ({{expiry}})',
    expiryUnproven: '{{time}} ({{expiry}}, unproven)',
    stoppedAtCharacter: 'stopped at character {{offset}}',
    badSkew: '--skew takes seconds or a duration like 30s, 10m, 1h (at most 365 d), got "{{raw}}"',
    stoppedAtByte: 'stopped at byte {{offset}}',
    privileges: 'privileges: {{list}}',
    anyRoom: 'any room',
    room: 'room `{{room}}`',
    mayLogin: 'may log in to {{room}}',
    mayNotLogin: 'may not log in to {{room}}',
    mayPublishAny: 'may publish any stream',
    mayPublishOnly: 'may publish only streams {{streams}}',
    mayNotPublish: 'may not publish',
    privilegeJoin: '; ',
  },
  verdictTag: {
    valid: 'VALID',
    expired: 'EXPIRED',
    not_yet_valid: 'NOT_YET_VALID',
    app_id_mismatch: 'APP_ID_MISMATCH',
    user_id_mismatch: 'USER_ID_MISMATCH',
    wrong_secret_or_tampered: 'WRONG_SECRET_OR_TAMPERED',
    malformed: 'MALFORMED',
    unverified: 'UNVERIFIED',
  },
  /** The verdict words of the stderr summary ("2 valid, 1 expired"). */
  verdictWord: {
    valid: 'valid',
    expired: 'expired',
    not_yet_valid: 'not_yet_valid',
    app_id_mismatch: 'app_id_mismatch',
    user_id_mismatch: 'user_id_mismatch',
    wrong_secret_or_tampered: 'wrong_secret_or_tampered',
    malformed: 'malformed',
    unverified: 'unverified',
  },
  generate: {
    needsSecret: 'the secret is needed: --secret-file PATH or --profile NAME (never as an argument)',
    what: 'generate what? {{choices}}',
    whatGot: 'generate what? {{choices}} (got "{{kind}}")',
    or: ' or ',
    batchNotJson: 'not a JSON object',
    batchUnknownFamily: 'unknown family "{{name}}" (known: {{known}})',
    batchNoFamily: 'no "family" (and no --profile to take it from)',
    batchNoSecret: 'the secret is needed: --secret-file PATH, --profile NAME, or "profile" in the line',
    batchSummary: '{{minted}} minted, {{failed}} refused',
    batchNoRequests: 'no requests on stdin (one JSON object per line)',
    batchSecretDash: '--secret-file - would read stdin, which holds the requests: give a file',
  },
  profile: {
    secretArgument: 'a secret is never accepted on the command line: pipe it on stdin or type it at the hidden prompt',
    secretPrompt: 'Secret for {{label}}: ',
    newLabel: '{{vendor}} profile "{{name}}" ({{secret}})',
    existingLabel: 'profile "{{name}}"',
    described: '{{name}} ({{provider}}, {{summary}}, env {{env}}, fingerprint {{fingerprint}})',
    none: 'none',
    added: 'added {{profile}}',
    expected: 'expected: tokenlab profile {{shape}}',
    otherFamilyFlag: '{{flags}} is for {{vendor}} profiles; {{family}} uses {{own}}',
    otherFamilyFlags: '{{flags}} are for {{vendor}} profiles; {{family}} uses {{own}}',
    requiredFor: '{{flag}} is required for a {{vendor}} profile',
    empty: 'no profiles (folder: {{dir}})',
    noSecretYet: '{{fingerprint}} (no secret yet)',
    removal: 'removal of profile "{{name}}" [{{env}}]',
    removed: 'removed profile {{name}} and its keychain entries',
    renamed: 'renamed {{from}} to {{to}}',
    retagged: '{{name}} is now tagged {{env}}',
    fingerprint: 'fingerprint {{fingerprint}}',
    fingerprintChanged: 'fingerprint {{before}} → {{after}} (a different secret)',
    secretStored: 'stored the secret of {{name}}, {{change}}',
    unknownCommand: 'unknown profile command {{word}}\n$t(cli.help.profile)',
    column: { name: 'NAME', provider: 'PROVIDER', env: 'ENV', app: 'APP', fingerprint: 'FINGERPRINT' },
  },
  doctor: {
    healthy: 'no orphaned keychain entries (every TokenLab entry is used by {{dir}})',
    found_one: '{{count}} keychain entry of TokenLab is used by nothing in {{dir}}:',
    found_other: '{{count}} keychain entries of TokenLab are used by nothing in {{dir}}:',
    otherFolders: 'If you keep other data folders (TOKENLAB_HOME), an entry may belong to one of them: run the doctor there first.',
    hint: 'Run "tokenlab profile doctor --remove" to delete them.',
    question_one: 'Delete this {{count}} keychain entry? It cannot be recovered. Type "yes" to go on: ',
    question_other: 'Delete these {{count}} keychain entries? They cannot be recovered. Type "yes" to go on: ',
    notConfirmed: 'not confirmed: nothing was deleted',
    needsYes: 'refusing to delete keychain entries without confirmation: run it in a terminal to confirm, or pass --yes',
    yesNeedsRemove: '--yes goes with --remove',
    removed_one: 'deleted {{count}} orphaned keychain entry',
    removed_other: 'deleted {{count}} orphaned keychain entries',
    keptInUse: 'kept {{account}}: it is in use again',
  },
  commsease: {
    secretOption: 'tokens and secrets are never accepted as options: pipe them on stdin or type them at the hidden prompt',
    target: '{{action}} of accid "{{accid}}" on profile "{{profile}}" [{{env}}]',
    notSent: 'not confirmed: the {{action}} was not sent',
    code: 'code {{code}}',
    ms: '{{ms}} ms',
    reportLine: '{{operation}} {{accid}} [{{env}}] via {{apiBase}} — {{details}}',
    unknownStatic: 'unknown static command {{word}}\n$t(cli.help.commsease)',
    unknownCallback: 'unknown callback command {{word}}\n$t(cli.help.commsease)',
    unknownGroup: 'unknown commsease command {{word}}\n$t(cli.help.commsease)',
    promptStatic: 'Static token of "{{accid}}" ({{profile}}): ',
    promptCheck: 'Token to check for "{{accid}}": ',
    promptCreate: 'Token for the new account "{{accid}}" (empty: CommsEase generates one): ',
    promptUpdate: 'New static token of "{{accid}}": ',
    promptLogin: 'Login token of "{{accid}}": ',
    stored: 'stored the static token of {{accid}} for {{profile}} [{{env}}] in the keychain',
    oneToken: 'give one token after --, or pipe it on stdin',
    emptyCheck: 'the token to check is empty',
    matches: 'MATCHES the stored static token',
    doesNotMatch: 'DOES NOT MATCH the stored static token',
    noneStored: 'NO TOKEN STORED for {{accid}} on {{profile}} (store one with "tokenlab commsease static set")',
    answer: 'answer: HTTP {{status}}{{type}} in {{ms}} ms',
    noAnswer: 'answer: none after {{ms}} ms',
    decision: 'decision: {{kind}} — {{reason}}',
    client: 'the client: {{experience}}',
    ok: 'OK',
    failed: 'FAILED',
    missing: 'MISSING',
    md5: '{{mark}} (header {{header}}, body {{body}})',
    checkSum: '{{mark}} (header {{header}})',
    bodyLine: 'eventType {{eventType}}, fromAccount {{fromAccount}}, fromClientType {{fromClientType}}',
    bodyNotJson: 'not a JSON object',
    clientType: '--client-type is one of {{types}}',
  },
  simulate: {
    scenarioHint: 'the scenario goes in --scenario FILE',
    notBoth: 'give either --scenario or --preset, not both',
    needsOne: '--scenario FILE.json or --preset NAME is required (see tokenlab simulate --help)',
    noPreset: 'no preset "{{id}}"; known: {{known}} (tokenlab simulate --list-presets)',
    whereStdin: 'the scenario on stdin',
    /** A line of --list-presets after the preset's id. */
    presetLine: '{{label}}: {{lesson}}',
    whereFile: 'the scenario file {{path}}',
    notJson: '{{where}} is not valid JSON ({{detail}})',
    badField: '{{where}} has a bad field:',
    badFields: '{{where}} has bad fields:',
    assumptions: 'assumptions (not documented by the vendor; switch them in the scenario):',
    client: 'client {{n}}',
    /** --list-platforms: a platform and its token family; a switch's default. */
    platformLine: '{{platform}} ({{family}})',
    switchDefault: '(default {{value}})',
    /** The run's summary after the events (simSummaryText.ts); the English is describeSimSummary's, byte for byte. */
    summary: {
      runOne: '{{platform}}: {{clients}} client over {{span}}',
      runMany: '{{platform}}: {{clients}} clients over {{span}}',
      truncated: ' (stopped early: maxEvents reached)',
      connected: 'connected {{percent}}% of the time',
      disconnections: 'disconnections: {{total}}, clients affected: {{affected}}',
      disconnectionsByCause: 'disconnections: {{total}} ({{causes}}), clients affected: {{affected}}',
      cause: '{{cause}} {{n}}',
      listSeparator: ', ',
      interruptions: 'network interruptions: {{n}}',
      worstGap: 'worst gap: {{span}} (client {{client}}, from {{from}})',
      worstGapNone: 'worst gap: none',
      expiredConnected: 'connected with an expired token: {{span}} (summed over clients)',
      events: 'events: {{counts}}',
      span: '{{value}} s',
    },
  },
  serve: {
    hostNotLoopback: '--host must be a loopback address (127.0.0.1, localhost or ::1), got "{{host}}": the token server never listens on the network',
    configNotJson: 'the config file {{path}} is not valid JSON ({{detail}})',
    configBadFields: 'the config file {{path}} has bad fields: {{detail}}',
    parseError: 'parse error',
    /** Where JSON.parse stopped, for a reader of another language than the engine's English. */
    parseErrorAt: 'parse error at character {{position}}',
    needsTerminal: 'serve needs a terminal session it can be stopped from',
    started: 'Token server on {{url}} (Ctrl+C stops it)',
    key: 'Key (this run only): {{key}}',
    try: 'Try: curl -H "Authorization: Bearer {{key}}" "{{url}}/token?profile=NAME&user=alice&ttl=40"',
    reloaded: 'faults reloaded from {{path}}',
    keptFaults: 'kept the previous faults: {{detail}}',
    unreadableConfig: 'unreadable config',
    /** A text-mode request log line's latency and injected faults. */
    latency: '{{ms}} ms',
    faults: 'faults: {{faults}}',
  },
} as const;

export const cliZh: Strings<typeof cliEn> = {
  verbatim: '{{message}}',
  unknownLanguage: '未知语言 "{{lang}}"；请使用 en 或 zh-CN。',
  langNeedsValue: '--lang 需要一个值：en 或 zh-CN',
  unknownCommand: '未知命令 {{word}}。请运行 "tokenlab --help"。',
  internalError: '内部错误（{{name}}）',
  profilesDamaged: '{{path}} 已损坏（{{reason}}）；原文件保留为 {{backup}}',
  errorCode: {
    ZEGO_APP_ID_INVALID: 'AppID 无效',
    ZEGO_USER_ID_INVALID: '用户 ID 无效',
    ZEGO_SECRET_INVALID: 'ServerSecret 无效',
    ZEGO_EFFECTIVE_TIME_INVALID: '有效期无效',
    INVALID_INPUT: '输入无效',
    SECRET_UNREADABLE: '无法读取密钥',
    KEYCHAIN_UNAVAILABLE: '钥匙串不可用',
    KEYCHAIN_LOCKED: '钥匙串已锁定',
    KEYCHAIN_ERROR: '钥匙串出错',
    PROFILE_NOT_FOUND: '找不到档案',
    PROFILE_EXISTS: '档案已存在',
    SECRET_MISSING: '钥匙串中没有该档案的密钥',
    STORE_CORRUPT: '档案文件已损坏',
    IO_ERROR: '文件读写出错',
    DATA_FILE_BUSY: '数据文件正被另一个进程占用',
    NETWORK_ERROR: '网络错误',
    TIMEOUT: '超时',
    NOT_CONFIRMED: '未确认',
    FORBIDDEN_SENDER: '拒绝的发送方',
    UNKNOWN_CHANNEL: '未知通道',
    INTERNAL: '内部错误',
  },
  errorWithDetail: '{{summary}}（{{detail}}）',
  confirm: {
    noTerminal: '未经确认，拒绝执行{{action}}：请在终端中运行以便确认，或加上 --yes',
    notConfirmed: '未确认：{{action}}没有执行',
    refusing: '{{question}} 未经确认，已拒绝：请在终端中运行以便确认，或加上 --yes',
    typeYes: '输入 "{{answer}}" 继续：',
  },
  wordNotShown: '（{{length}} 个字符，不予显示）',
  help: {
    top: `tokenlab — 检查、验证和生成 RTC 鉴权令牌（即构 ZEGOCLOUD、网易云信、声网 Agora、腾讯云、LiveKit、Twilio、JWT）

用法：
{{usage}}

{{pointers}}

不带 TOKEN 参数时，从标准输入逐行读取令牌（日志行也可以）。
TIME：epoch 秒或 ISO 时间（2026-12-02T05:00:00Z）。DURATION：秒数，或 90s、45m、1h30m、7d。
每个命令都支持 --help，并附有示例。--lang en|zh-CN 选择输出语言（默认依次读取
LC_ALL、LC_MESSAGES、LANG）。
退出码：0 全部有效（inspect 为全部未验证），1 存在其他结论，2 用法错误。
命令行从不接受密钥：请使用 --secret-file 或已保存的 --profile。
`,
    inspect: `用法：tokenlab inspect [TOKEN...] [--json] [--now TIME] [--skew SECONDS]

不用密钥解码令牌：所属平台、字段、过期时间。不带 TOKEN 时读取标准输入：每行可以是一个
令牌，也可以是包含令牌的日志行（token=04…、"token":"…"、JSON 之中）；行号从 1 开始，
空行跳过。结束时在 stderr 输出各结论的数量（使用 --json 时，在 stdout 最后输出一行
{"summary": …}）。
  --json          每个令牌输出一行 JSON 对象
  --now TIME      按 TIME 时刻判断：epoch 秒或 ISO 时间（2026-12-02T05:00:00Z）
  --skew SECONDS  容许的时钟偏差（默认 30）

示例：
  tokenlab inspect 04AAAAAGc…
  tail -f app.log | tokenlab inspect
  tokenlab inspect --json < tokens.txt | jq -c 'select(.verdict != "unverified")'

退出码：0 所有令牌均已解码（未验证），1 存在其他结论，2 用法错误。
`,
    verify: `用法：tokenlab verify [TOKEN...] (--secret-file PATH | --profile NAME)
                       [--app-id N] [--app-key K --accid A] [--now TIME] [--skew SECONDS] [--json]

用密钥校验每个令牌：签名、有效期、所属应用。不带 TOKEN 时逐行读取标准输入，每读到一行
就立即输出它的结论。属于其他平台的令牌、或密钥不可能是其密钥的令牌，也各自得到结论和原因，
不会中断运行。
  --secret-file PATH  密钥文件（"-" 表示从标准输入读取密钥，此时令牌须作为参数给出）
  --profile NAME      使用已保存档案的密钥和标识
  --app-id N          ZEGO：令牌必须携带的 AppID
  --app-key K, --accid A   网易云信：签名所覆盖的 appKey 和 accid
  --now TIME          按 TIME 时刻判断：epoch 秒或 ISO 时间（2026-12-02T05:00:00Z）
  --json              每个令牌输出一行 JSON 对象，最后输出 {"summary": …}

示例：
  tokenlab verify --secret-file examples/zego-secret.txt --app-id 1234567890 < examples/app.log
  tail -f app.log | tokenlab verify --profile staging
  tokenlab verify --profile prod --json < tokens.txt > verdicts.jsonl

退出码：0 所有令牌均有效，1 存在其他结论，2 用法错误。
`,
    generate: `用法：tokenlab generate FAMILY [options]      （tokenlab generate FAMILY --help）
      tokenlab generate --batch (--secret-file PATH | --profile NAME) [--now TIME] < requests.jsonl

FAMILY：{{families}}。

--batch 为标准输入的每一行生成一个令牌，每行是一个 JSON 请求：{"family": "{{first}}", …字段}，
字段按键名给出（{{fields}}）。
某一行可以指定自己的 "profile"；否则使用 --secret-file / --profile 的密钥，标识取自该行
（或档案）。每个请求行输出一行 JSON：{"line": 1, "token": "…"} 或 {"line": 2, "error": "…"}；
出错不会中断运行。

示例：
  echo '{"family":"zego","appId":1234567890,"userId":"alice","ttlSeconds":3600}' | tokenlab generate --batch --secret-file examples/zego-secret.txt
  tokenlab generate --batch --profile staging < users.jsonl > tokens.jsonl
`,
    generateFamily: `用法：tokenlab generate {{name}} [options] (--secret-file PATH | --profile NAME) [--json] [--now TIME]

生成 {{label}}：stdout 只输出令牌本身，摘要输出到 stderr。
{{fields}}
  --secret-file PATH             密钥文件（"-" 表示从标准输入读取）
  --profile NAME                 使用已保存档案的标识和密钥（与档案矛盾的参数会被拒绝）
  --json                         以一个 JSON 对象输出令牌及其校验结果
  --now TIME                     按 TIME 时刻生成：epoch 秒或 ISO 时间（2026-12-02T05:00:00Z）
DURATION：秒数，或 90s、45m、1h、1h30m、7d。

示例：
  {{example1}}
  {{example2}}

退出码：0 已生成，2 参数或密钥有误。
`,
    profile: `用法：
  tokenlab profile add --provider zego|commsease|agora|agora-006|tencent|livekit|twilio|jwt
                       --name NAME [该平台的标识] [--env TAG]
                                                            （密钥：标准输入，或隐藏输入提示）
      zego --app-id N · commsease --app-key K [--api-base URL] · agora, agora-006 --app-id HEX32
      tencent --app-id SDKAPPID · livekit --app-id API_KEY · twilio --account-sid AC… --app-id SK…
      jwt [--app-id ISSUER]
  tokenlab profile list [--json]
  tokenlab profile rm NAME [--yes]                          （prod 档案会先确认）
  tokenlab profile rename OLD NEW
  tokenlab profile retag NAME TAG
  tokenlab profile set-secret NAME                          （密钥：标准输入，或隐藏输入提示）
  tokenlab profile doctor [--remove [--yes]] [--json]
      查找已不被任何档案、测试用例或固定令牌使用的 TokenLab 钥匙串条目；
      --remove 在你确认后删除它们（不在终端中运行时用 --yes）

示例：
  tokenlab profile add --provider zego --name staging --app-id 1234567890 --env staging < zego-secret.txt
  tokenlab profile add --provider commsease --name "声网 测试" --app-key K --env 生产
  tokenlab profile list
  tokenlab profile rm staging
`,
    commsease: `用法：
  tokenlab commsease static set     --profile P --accid A              （令牌：标准输入或隐藏输入提示）
  tokenlab commsease static check   --profile P --accid A [--json] [-- TOKEN]
                                    （令牌：参数，否则读标准输入；只有匹配时退出码为 0）
  tokenlab commsease static create  --profile P --accid A [--yes] [--json]
                                    （令牌：标准输入；标准输入为空时由云信生成）
  tokenlab commsease static update  --profile P --accid A [--yes] [--json]
                                    （令牌：标准输入或隐藏输入提示）
  tokenlab commsease static refresh --profile P --accid A [--yes] [--json]
  tokenlab commsease callback send  --profile P --url URL --accid A --client-type TYPE
                                    [--client-ip IP] [--ext TEXT] [--timeout MS] [--json]
                                    （令牌：标准输入；只有允许登录时退出码为 0）
  tokenlab commsease callback verify --profile P --headers FILE --body FILE [--json]
                                    （只有 MD5 和 CheckSum 都正确时退出码为 0）

客户端类型：{{clientTypes}}。
update 和 refresh 会先确认，并写明档案的环境标签（prod 要确认两次）；--yes 跳过确认。
不在终端中运行且没有 --yes 时拒绝执行（退出码 2）。
服务端调用发往档案自己的 API 地址；不是云信文档中的 https://api.netease.im 的地址，每个档案
会确认一次（同样适用 --yes 规则），除非它是在 "tokenlab profile add --api-base" 中给出的。
从不输出任何令牌或密钥，也从不通过选项接受它们。

示例：
  tokenlab commsease static check --profile staging --accid alice < token.txt
  tokenlab commsease static refresh --profile prod --accid alice
  tokenlab commsease callback verify --profile staging --headers headers.txt --body body.json
`,
    fieldNotes: '（{{notes}}）',
    fieldNoteJoin: '；',
    fieldRequired: '必填',
    fieldDefault: '默认 {{value}}',
    simulate: `用法：tokenlab simulate (--scenario FILE.json | --preset NAME) [--json] [--profile NAME]
      tokenlab simulate --list-presets | --list-platforms

在虚拟时间中模拟持有令牌的客户端（ZIM、ZEGO Express、网易云信、声网 RTC / RTM / Chat、
腾讯云 IM / TRTC、LiveKit、Twilio Video / Voice / Conversations、通用 JWT 后端：即场景的
"platform"，见 --list-platforms），并输出每个事件：登录、
“即将过期”、续期、过期、断线、服务中断、重连。
  --scenario FILE  场景文件（JSON；"-" 表示读取标准输入）。只有 platform 和 tokenTtlSeconds
                   是必填项，例如 {"platform": "zim", "tokenTtlSeconds": 3600}；
                   每项设置的含义见 docs/GUIDE.zh-CN.md，示例见 examples/
  --preset NAME    使用现成的场景，与模拟器界面上的相同（--list-presets）
  --json           每个事件输出一行 JSON 对象，最后输出 {"type":"summary",...}
  --profile NAME   用已保存档案的凭据生成令牌，而不是用由 seed 派生的一次性凭据

示例：
  echo '{"platform": "zim", "tokenTtlSeconds": 3600}' | tokenlab simulate --scenario -
  tokenlab simulate --preset slow-server
  tokenlab simulate --scenario examples/scenario-server-down.json --json | jq -c 'select(.type == "expired")'

退出码：0 运行完成，2 场景或参数有误。
`,
    serve: `用法：tokenlab serve [--port N] [--host 127.0.0.1] [--profile NAME ...] [--max-ttl S]
                     [--refuse-over-max] [--rate-limit N] [--cors ORIGIN ...]
                     [--config FILE] [--allow-prod [--yes]] [--json]

只在 127.0.0.1 上为被测应用提供已保存档案的令牌，直到按下 Ctrl+C（SIGINT）或收到
SIGTERM；随后释放端口，以 0 退出。
  GET /token?profile=NAME&user=U[&ttl=S][&family=F]，加上该令牌类型自己的参数；或
  GET /token/FAMILY?...，使用该类型的字段名（本次运行只服务一个 --profile，或该类型
     只有一个档案时，可省略 profile=）：
{{routes}}
     （每个字段也接受其 generate 参数名去掉 "--" 的写法，例如 room 即 roomId；
     列表用逗号分隔，开关取 true/false，ttl 以秒为单位）
  请求需带 "Authorization: Bearer KEY" → 200 {"token", "expiresAt"（epoch 秒）, "family", "ttlSeconds"}。
  缺少密钥：401。未知参数：400，并指出该参数。超出频率限制：429。
  --port N           监听端口 N（默认：任一空闲端口）
  --host H           回环地址（127.0.0.1、localhost、::1）；其他地址以 2 退出
  --profile NAME     只服务这些档案（可重复；默认：全部档案）
  --max-ttl S        可签发的最长 TTL（默认 {{maxTtl}}）；请求更长时截断为该值，
                     并在应答中标明 "ttlClamped" ……
  --refuse-over-max  ……或改为应答 400 ttl_too_long
  --rate-limit N     每秒允许的请求数（默认 {{rate}}）
  --cors ORIGIN      允许该浏览器来源（可重复；默认：不开启 CORS）
  --allow-prod       本次运行也服务带 prod 标签的档案（需在终端输入 yes 确认；
                     --yes 代为确认；既没有终端也没有 --yes 时以 2 退出）
  --config FILE      JSON 格式的故障配置（结构见下），例如所有令牌有效期 40 秒、
                     第 3 个请求失败：{"ttlOverrideSeconds": 40, "failRequests": [3]}；
                     运行期间保存修改，下一个请求即按新配置处理
                     （"-" 表示从标准输入读取）
  --json             第一行输出 {"url","key"}，之后每个请求输出一行 JSON
故障配置（--config FILE；详见 docs/TOKEN-SERVER.md）：
{{faults}}
示例：
  tokenlab serve --profile staging
  tokenlab serve --port 8787 --profile staging --max-ttl 3600 --json

退出码：0 被信号停止，2 参数、配置或主机地址有误，或端口已被占用。
`,
    serveFaults: `  {
    "seed": 1,                        seed 相同，随机结果完全相同
    "latency": {"kind": "fixed", "ms": 800}
             | {"kind": "uniform", "minMs": 100, "maxMs": 2000}
             | {"kind": "exponential", "meanMs": 300, "maxMs": 5000},
    "failureRate": 0.1,               请求被应答 500 的概率
    "failRequests": [3],              这些请求（自启动起从 1 计数）应答 500
    "outages": [{"atSeconds": 60, "forSeconds": 30}],   自启动起这些时段内应答 503
    "faults": {"expired": 0, "otherUser": 0, "otherApp": 0},  签发错误的令牌（概率，总和 ≤ 1）
    "ttlOverrideSeconds": 40          无论请求的 ttl 是多少，每个令牌都只有 40 秒有效期
  }
  每个字段都可省略；未知字段会被拒绝。`,
  },
  args: {
    secretOnCommandLine: '请使用 --secret-file 或 --profile（密钥从不放在命令行上）',
    unknownOption: '未知选项 --{{name}}',
    takesNoValue: '--{{name}} 不接受值',
    needsValue: '--{{name}} 需要一个值',
    givenTwice: '--{{name}} 给出了两次',
    unexpectedArgument: '多余的参数 #1（{{length}} 个字符，不予显示）',
    unexpectedArgumentHint: '多余的参数 #1（{{length}} 个字符，不予显示）（{{hint}}）',
    wholeNumber: '{{flag}} 必须是整数，收到的是 "{{raw}}"',
    between: '{{flag}} 必须在 {{min}} 到 {{max}} 之间，收到的是 {{raw}}',
    nowFormat: '--now 接受 epoch 秒或带时区的 ISO 时间（2026-12-02T05:00:00Z），收到的是 "{{raw}}"',
    duration: '{{flag}} 接受秒数或 90s、45m、1h、1h30m、7d 这样的时长，收到的是 "{{raw}}"',
    jsonTooLong: '{{flag}} 最多接受 {{max}} 个字符的 JSON',
    mustBeJson: `{{flag}} 必须是 JSON，例如 '{"role":"admin"}'`,
    required: '缺少必填项 {{flag}}',
    contradiction: '{{flag}} {{given}} 与档案 "{{profile}}" 矛盾（{{name}} 为 {{stored}}）：去掉 {{flag}}，或改用为该值创建的档案',
    secretFileOrProfile: '--secret-file 和 --profile 只能二选一',
    fieldProblem: '{{flag}} {{problem}}',
    fieldInvalid: '{{flag}} 无效',
  },
  input: {
    stdinTooLarge: '标准输入超过 {{size}}：已拒绝',
    lineTooLong: '标准输入第 {{line}} 行超过 {{size}}：已拒绝',
    notRegular: '{{what}}文件 {{path}} 不是普通文件（设备、FIFO 或文件夹）：已拒绝',
    tooLarge: '{{what}}文件 {{path}} 超过 {{size}}：已拒绝',
    unreadable: '无法读取{{what}}文件 {{path}}（{{reason}}）',
    secretEmptyStdin: '标准输入中的密钥为空',
    secretFileEmpty: '密钥文件 {{path}} 为空',
    nothingEntered: '没有输入{{what}}',
    stdinEmpty: '标准输入为空：请通过管道传入{{what}}，或在终端中运行以便提示输入',
    what: {
      secret: '密钥',
      token: '令牌',
      scenario: '场景',
      config: '配置',
      headers: '请求头',
      body: '请求体',
    },
  },
  inspect: {
    secretDashNeedsArguments: '--secret-file - 从标准输入读取密钥：请把令牌作为参数给出',
    verifyNeedsSecret: 'verify 需要密钥：--secret-file PATH 或 --profile NAME（密钥从不作为参数传入）',
    noTokens: '没有给出令牌（请作为参数传入，或在标准输入中每行一个）',
    summary_one: '{{count}} 个令牌：{{parts}}',
    summary_other: '{{count}} 个令牌：{{parts}}',
    summaryPart: '{{verdict}} {{n}} 个',
    summaryJoin: '，',
    expiry: '{{time}}（{{expiry}}）',
    expiryUnproven: '{{time}}（{{expiry}}，未经认证）',
    stoppedAtCharacter: '在第 {{offset}} 个字符处停止解析',
    badSkew: '--skew 接受秒数或 30s、10m、1h 这样的时长（最多 365 天），收到的是 "{{raw}}"',
    stoppedAtByte: '在第 {{offset}} 字节处停止解析',
    privileges: '权限：{{list}}',
    anyRoom: '任意房间',
    room: '房间 `{{room}}`',
    mayLogin: '可登录{{room}}',
    mayNotLogin: '不可登录{{room}}',
    mayPublishAny: '可推任意流',
    mayPublishOnly: '只可推流 {{streams}}',
    mayNotPublish: '不可推流',
    privilegeJoin: '；',
  },
  verdictTag: verdictZh,
  verdictWord: verdictZh,
  generate: {
    needsSecret: '需要密钥：--secret-file PATH 或 --profile NAME（从不作为参数传入）',
    what: '要生成哪种令牌？{{choices}}',
    whatGot: '要生成哪种令牌？{{choices}}（收到的是 "{{kind}}"）',
    or: ' 或 ',
    batchNotJson: '不是 JSON 对象',
    batchUnknownFamily: '未知平台 "{{name}}"（已知：{{known}}）',
    batchNoFamily: '缺少 "family"（也没有可从中读取的 --profile）',
    batchNoSecret: '需要密钥：--secret-file PATH、--profile NAME，或在该行中给出 "profile"',
    batchSummary: '已生成 {{minted}} 个，拒绝 {{failed}} 个',
    batchNoRequests: '标准输入中没有请求（每行一个 JSON 对象）',
    batchSecretDash: '--secret-file - 会读取标准输入，而标准输入里是请求：请给出一个文件',
  },
  profile: {
    secretArgument: '命令行从不接受密钥：请通过标准输入传入，或在隐藏输入提示中键入',
    secretPrompt: '{{label}}的密钥：',
    newLabel: '{{vendor}} 档案 "{{name}}"（{{secret}}）',
    existingLabel: '档案 "{{name}}"',
    described: '{{name}}（{{provider}}，{{summary}}，环境 {{env}}，指纹 {{fingerprint}}）',
    none: '无',
    added: '已添加 {{profile}}',
    expected: '用法应为：tokenlab profile {{shape}}',
    otherFamilyFlag: '{{flags}} 用于 {{vendor}} 档案；{{family}} 使用 {{own}}',
    otherFamilyFlags: '{{flags}} 用于 {{vendor}} 档案；{{family}} 使用 {{own}}',
    requiredFor: '{{vendor}} 档案必须提供 {{flag}}',
    empty: '没有档案（文件夹：{{dir}}）',
    noSecretYet: '{{fingerprint}}（尚未保存密钥）',
    removal: '删除档案 "{{name}}" [{{env}}]',
    removed: '已删除档案 {{name}} 及其钥匙串条目',
    renamed: '已将 {{from}} 重命名为 {{to}}',
    retagged: '{{name}} 的环境标签已改为 {{env}}',
    fingerprint: '指纹 {{fingerprint}}',
    fingerprintChanged: '指纹 {{before}} → {{after}}（换了一个密钥）',
    secretStored: '已保存 {{name}} 的密钥，{{change}}',
    unknownCommand: '未知的 profile 子命令 {{word}}\n$t(cli.help.profile)',
    column: { name: '名称', provider: '平台', env: '环境', app: '应用', fingerprint: '指纹' },
  },
  doctor: {
    healthy: '没有孤立的钥匙串条目（每个 TokenLab 条目都被 {{dir}} 使用）',
    found_one: '{{dir}} 中没有任何内容使用以下 {{count}} 个 TokenLab 钥匙串条目：',
    found_other: '{{dir}} 中没有任何内容使用以下 {{count}} 个 TokenLab 钥匙串条目：',
    otherFolders: '如果你还有其他数据文件夹（TOKENLAB_HOME），某个条目可能属于其中之一：请先在那里运行 doctor。',
    hint: '运行 "tokenlab profile doctor --remove" 删除它们。',
    question_one: '删除这 {{count}} 个钥匙串条目吗？删除后无法恢复。输入 "yes" 继续：',
    question_other: '删除这 {{count}} 个钥匙串条目吗？删除后无法恢复。输入 "yes" 继续：',
    notConfirmed: '未确认：没有删除任何条目',
    needsYes: '未经确认，拒绝删除钥匙串条目：请在终端中运行以便确认，或加上 --yes',
    yesNeedsRemove: '--yes 需与 --remove 一起使用',
    removed_one: '已删除 {{count}} 个孤立的钥匙串条目',
    removed_other: '已删除 {{count}} 个孤立的钥匙串条目',
    keptInUse: '保留了 {{account}}：它又被使用了',
  },
  commsease: {
    secretOption: '令牌和密钥从不通过选项传入：请通过标准输入传入，或在隐藏输入提示中键入',
    target: '对档案 "{{profile}}" [{{env}}] 上 accid "{{accid}}" 的 {{action}}',
    notSent: '未确认：{{action}}没有发出',
    code: '错误码 {{code}}',
    ms: '{{ms}} 毫秒',
    reportLine: '{{operation}} {{accid}} [{{env}}]，经由 {{apiBase}} — {{details}}',
    unknownStatic: '未知的 static 子命令 {{word}}\n$t(cli.help.commsease)',
    unknownCallback: '未知的 callback 子命令 {{word}}\n$t(cli.help.commsease)',
    unknownGroup: '未知的 commsease 子命令 {{word}}\n$t(cli.help.commsease)',
    promptStatic: '"{{accid}}" 的静态令牌（{{profile}}）：',
    promptCheck: '要为 "{{accid}}" 比对的令牌：',
    promptCreate: '新账号 "{{accid}}" 的令牌（留空：由云信生成）：',
    promptUpdate: '"{{accid}}" 的新静态令牌：',
    promptLogin: '"{{accid}}" 的登录令牌：',
    stored: '已把 {{accid}} 在 {{profile}} [{{env}}] 的静态令牌存入钥匙串',
    oneToken: '请在 -- 之后给出一个令牌，或通过标准输入传入',
    emptyCheck: '要比对的令牌为空',
    matches: '与已保存的静态令牌一致',
    doesNotMatch: '与已保存的静态令牌不一致',
    noneStored: '{{profile}} 上没有保存 {{accid}} 的令牌（用 "tokenlab commsease static set" 保存一个）',
    answer: '应答：HTTP {{status}}{{type}}，用时 {{ms}} 毫秒',
    noAnswer: '应答：{{ms}} 毫秒内无应答',
    decision: '判定：{{kind}} — {{reason}}',
    client: '客户端：{{experience}}',
    ok: '正确',
    failed: '不匹配',
    missing: '缺失',
    md5: '{{mark}}（请求头 {{header}}，请求体 {{body}}）',
    checkSum: '{{mark}}（请求头 {{header}}）',
    bodyLine: 'eventType {{eventType}}，fromAccount {{fromAccount}}，fromClientType {{fromClientType}}',
    bodyNotJson: '不是 JSON 对象',
    clientType: '--client-type 取值为 {{types}} 之一',
  },
  simulate: {
    scenarioHint: '场景文件请用 --scenario FILE 给出',
    notBoth: '--scenario 和 --preset 只能二选一',
    needsOne: '需要 --scenario FILE.json 或 --preset NAME（见 tokenlab simulate --help）',
    noPreset: '没有名为 "{{id}}" 的预设；已有：{{known}}（tokenlab simulate --list-presets）',
    whereStdin: '标准输入中的场景',
    presetLine: '{{label}}：{{lesson}}',
    whereFile: '场景文件“{{path}}”',
    notJson: '{{where}}不是有效的 JSON（{{detail}}）',
    badField: '{{where}}有一个字段有误：',
    badFields: '{{where}}有多个字段有误：',
    assumptions: '假设（厂商文档未说明；可在场景中切换）：',
    client: '客户端 {{n}}',
    platformLine: '{{platform}}（{{family}}）',
    switchDefault: '（默认 {{value}}）',
    summary: {
      runOne: '{{platform}}：{{clients}} 个客户端，模拟 {{span}}',
      runMany: '{{platform}}：{{clients}} 个客户端，模拟 {{span}}',
      truncated: '（提前停止：已达 maxEvents）',
      connected: '{{percent}}% 的时间处于连接状态',
      disconnections: '断开次数：{{total}}，受影响的客户端：{{affected}}',
      disconnectionsByCause: '断开次数：{{total}}（{{causes}}），受影响的客户端：{{affected}}',
      cause: '{{cause}} {{n}} 次',
      listSeparator: '，',
      interruptions: '网络中断：{{n}} 次',
      worstGap: '最长中断：{{span}}（客户端 {{client}}，自 {{from}} 起）',
      worstGapNone: '最长中断：无',
      expiredConnected: '持过期令牌保持连接：{{span}}（所有客户端合计）',
      events: '事件：{{counts}}',
      span: '{{value}} 秒',
    },
  },
  serve: {
    hostNotLoopback: '--host 必须是回环地址（127.0.0.1、localhost 或 ::1），收到的是 "{{host}}"：令牌服务器从不在网络上监听',
    configNotJson: '配置文件 {{path}} 不是有效的 JSON（{{detail}}）',
    configBadFields: '配置文件 {{path}} 有字段错误：{{detail}}',
    parseError: '解析错误',
    parseErrorAt: '第 {{position}} 个字符处解析出错',
    needsTerminal: 'serve 需要在可以停止它的终端会话中运行',
    started: '令牌服务器运行于 {{url}}（按 Ctrl+C 停止）',
    key: '密钥（仅本次运行有效）：{{key}}',
    try: '试一试：curl -H "Authorization: Bearer {{key}}" "{{url}}/token?profile=NAME&user=alice&ttl=40"',
    reloaded: '已从 {{path}} 重新加载故障配置',
    keptFaults: '继续使用之前的故障配置：{{detail}}',
    unreadableConfig: '无法读取配置',
    latency: '{{ms}} 毫秒',
    faults: '故障：{{faults}}',
  },
};
