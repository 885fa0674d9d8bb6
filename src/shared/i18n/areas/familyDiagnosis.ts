/**
 * The newer families' diagnoses, by code (`diagnosis.<code>`), for the screens in Chinese
 * (English screens show the engine's own sentence, which also carries the vendor's details).
 * A code the engine emits with params uses them here (`at` becomes {{relative}} and {{time}});
 * the others are fixed sentences. Chinese as 声网 and 腾讯云 write their docs.
 */
export const familyDiagnosisEn = {
  // Agora
  uid_zero: 'Built for uid 0: it binds no user, so any uid may join with it.',
  wrong_certificate: "The signature does not verify with this App Certificate: it is another project's certificate, or the token was altered.",
  agora_006_not_007: 'This starts with "006": that is the legacy Agora AccessToken, not AccessToken2 (007).',
  agora_007_not_006: 'This starts with "007": that is an AccessToken2, not the legacy AccessToken (006).',
  agora_legacy_006: "AccessToken (006) is Agora's legacy format; AccessToken2 (007) is current.",
  privilege_expiry: '{{privilege}}: until {{time}} ({{relative}}).',
  privilege_expiry_unbounded: '{{privilege}}: no separate limit (0), bounded by the token: {{time}} ({{relative}}).',
  privilege_expires_before_token: 'The {{privilege}} privilege ends at {{time}} ({{relative}}), before the token itself.',
  privilege_expires_before_token_join:
    'The {{privilege}} privilege ends at {{time}} ({{relative}}), before the token itself. The SDK warns 30 s before (onTokenPrivilegeWillExpire) and then removes the user from the channel, even though the other privileges last longer.',
  privilege_expires_before_token_action: 'The {{privilege}} privilege ends at {{time}} ({{relative}}), before the token: from then on that action is refused while the user stays in the channel.',
  privilege_outlives_token: "The {{privilege}} privilege runs to {{time}}, after the token; the token's own expiry ends it first.",
  privilege_ends_token: 'The {{privilege}} privilege ({{time}}) ends before the 24 h ts: it is what ends this token.',
  uid_numeric: 'Binds uid "{{uid}}": the client must join with exactly this uid or account.',
  uid_account: 'Binds the string user account "{{account}}": the client must join with that account; joining with an integer uid fails (110 invalid token).',
  // Tencent
  usersig_standard_alphabet: 'This is standard base64 ("+", "/", "="), but a UserSig uses Tencent\'s changed alphabet: "*" for "+", "-" for "/", "_" for "=".',
  usersig_base64url: 'An "_" sits inside the text: in base64url "_" is "/", but in a UserSig "_" is only padding. The token was re-encoded as base64url.',
  // JWT families
  alg_none: 'alg is "none": the token is unsigned, so anyone could have written it. No RTC server accepts it.',
  bearer_prefix: 'The text starts with "Bearer ": that is the HTTP Authorization scheme, not part of the token. Paste only what follows it.',
  no_exp: 'No exp claim: this token never expires.',
  needs_secret_no_expiry: 'No expiry claim; give the secret to verify.',
  zero_length_key: 'A zero-length key cannot verify anything.',
  exp_in_milliseconds: '{{claim}} is {{value}}: that is milliseconds, not the seconds a JWT counts; read as milliseconds it is {{time}}.',
  nbf_in_milliseconds: '{{claim}} is {{value}}: that is milliseconds, not the seconds a JWT counts; read as milliseconds it is {{time}}.',
  iat_in_milliseconds: '{{claim}} is {{value}}: that is milliseconds, not the seconds a JWT counts; read as milliseconds it is {{time}}.',
  nbf_in_future: 'nbf is {{relative}} (more than the {{skew}} s allowed): the server refuses the token until {{time}}; a clock is off.',
  twilio_iss_sub_swapped: 'iss and sub are swapped: iss must be the API key SID (SK…) and sub the Account SID (AC…); Twilio refuses this token (error 20103).',
  twilio_no_identity: 'The grants carry no identity: Video, Conversations, Voice and Sync clients need grants.identity to connect.',
  twilio_ttl_over_24h: "The lifetime is over Twilio's 24 h maximum: Twilio refuses it (error 20157; Voice 31207).",
  livekit_join_without_identity: 'The video grant allows roomJoin but the identity (sub) is missing or empty: the LiveKit server refuses to join a participant without one.',
} as const;

export const familyDiagnosisZh: { [K in keyof typeof familyDiagnosisEn]: string } = {
  uid_zero: '使用 uid 0 生成：不绑定任何用户，任意 uid 都可以用它加入频道。',
  wrong_certificate: '用这个 App 证书校验签名失败：这是另一个项目的 App 证书，或者 Token 被篡改过。',
  agora_006_not_007: '以 "006" 开头：这是旧版 AccessToken，不是 AccessToken2（007）。',
  agora_007_not_006: '以 "007" 开头：这是 AccessToken2，不是旧版 AccessToken（006）。',
  agora_legacy_006: 'AccessToken（006）是声网的旧版 Token 格式；当前推荐使用 AccessToken2（007）。',
  privilege_expiry: '{{privilege}}：有效至 {{time}}（{{relative}}）。',
  privilege_expiry_unbounded: '{{privilege}}：未单独限制（0），以 Token 的过期时间为准：{{time}}（{{relative}}）。',
  privilege_expires_before_token: '{{privilege}} 权限在 {{time}}（{{relative}}）结束，早于 Token 本身。',
  privilege_expires_before_token_join:
    '{{privilege}} 权限在 {{time}}（{{relative}}）结束，早于 Token 本身。到期前 30 秒 SDK 会触发 onTokenPrivilegeWillExpire，到期后把用户移出频道，即使其他权限还没有过期。',
  privilege_expires_before_token_action: '{{privilege}} 权限在 {{time}}（{{relative}}）结束，早于 Token：此后该操作会被拒绝，但用户仍留在频道中。',
  privilege_outlives_token: '{{privilege}} 权限持续到 {{time}}，晚于 Token；Token 本身的过期时间会先让它失效。',
  privilege_ends_token: '{{privilege}} 权限（{{time}}）早于 24 小时的 ts 结束：正是它决定了这个 Token 何时过期。',
  uid_numeric: '绑定 uid "{{uid}}"：客户端必须使用完全相同的 uid 或账号加入频道。',
  uid_account: '绑定字符串账号 "{{account}}"：客户端必须使用该账号加入频道；用整数 uid 加入会失败（110 无效 Token）。',
  usersig_standard_alphabet: '这是标准 base64（"+"、"/"、"="），但 UserSig 使用腾讯云修改过的字符表："*" 代替 "+"，"-" 代替 "/"，"_" 代替 "="。',
  usersig_base64url: '文本中间出现了 "_"：在 base64url 中 "_" 表示 "/"，而在 UserSig 中 "_" 只用作填充。这个 UserSig 被按 base64url 重新编码过。',
  alg_none: 'alg 为 "none"：Token 没有签名，任何人都能伪造。RTC 服务端都会拒绝它。',
  bearer_prefix: '文本以 "Bearer " 开头：这是 HTTP Authorization 头的认证方案，不属于 Token。请只粘贴其后的部分。',
  no_exp: '没有 exp 声明：这个 Token 永不过期。',
  needs_secret_no_expiry: '没有过期时间声明；提供密钥即可验证。',
  zero_length_key: '长度为 0 的密钥无法验证任何内容。',
  exp_in_milliseconds: '{{claim}} 为 {{value}}：这是毫秒，而 JWT 以秒计时；按毫秒理解是 {{time}}。',
  nbf_in_milliseconds: '{{claim}} 为 {{value}}：这是毫秒，而 JWT 以秒计时；按毫秒理解是 {{time}}。',
  iat_in_milliseconds: '{{claim}} 为 {{value}}：这是毫秒，而 JWT 以秒计时；按毫秒理解是 {{time}}。',
  nbf_in_future: 'nbf 在{{relative}}（超出允许的 {{skew}} 秒）：在 {{time}} 之前服务端会拒绝这个 Token；有一方的时钟不准。',
  twilio_iss_sub_swapped: 'iss 和 sub 填反了：iss 应为 API Key SID（SK…），sub 应为 Account SID（AC…）；Twilio 会拒绝这个 Token（错误 20103）。',
  twilio_no_identity: 'grants 中没有 identity：Video、Conversations、Voice 和 Sync 客户端都需要 grants.identity 才能连接。',
  twilio_ttl_over_24h: '有效期超过 Twilio 规定的 24 小时上限：Twilio 会拒绝（错误 20157；Voice 为 31207）。',
  livekit_join_without_identity: 'video 权限允许 roomJoin，但身份标识（sub）缺失或为空：LiveKit 服务端不允许没有身份标识的参与者加入。',
};
