/**
 * The simulator's ready-made scenarios: each one's name and the lesson it teaches, keyed by
 * preset id (src/shared/sim/presets.ts reads the English half). English and Chinese side by
 * side; the Chinese half has exactly the English keys.
 */
import type { Strings } from '../strings';

export const simulatorPresetsEn = {
  healthy: {
    label: 'Healthy renewal',
    lesson: 'Renewing on "will expire" with a fast token server: every token is replaced 30 s before it runs out.',
  },
  never: {
    label: 'Renewal never implemented',
    lesson: 'Nothing handles "will expire": the SDK drops the user the moment the first token expires.',
  },
  'slow-server': {
    label: 'Slow token server',
    lesson: 'Answers take 20–45 s but the warning comes only 30 s ahead: some renewals land after expiry and are refused.',
  },
  'server-down': {
    label: 'Token server down for 10 min',
    lesson: 'The warning falls inside the outage; three retries fail, the token expires, and the app logs in again once the server is back.',
  },
  'short-ttl': {
    label: 'TTL shorter than 30 s',
    lesson: 'Every token is already inside the 30-s window: "will expire" fires at once, again and again — a renewal storm.',
  },
  asleep: {
    label: 'Laptop asleep across expiry',
    lesson: 'No timer runs while the laptop sleeps; it wakes with a dead token, the reconnect is refused, and only a fresh login helps.',
  },
  'fast-clock': {
    label: 'Client clock 5 min fast',
    lesson: 'The SDK times "will expire" by the device clock: with a 10-min token it warns 5 min early, and renews twice as often.',
  },
  'agora-privilege-early': {
    label: 'Agora: join privilege expires before the token',
    lesson:
      'The token lasts 1 h but its join privilege only 5 min. The app renews 60 s before the token\'s expiry, yet the user is kicked (reason 9) at 5 min; renewing on onTokenPrivilegeWillExpire, 30 s before the privilege ends, would have kept them in.',
  },
  'agora-on-request-token': {
    label: 'Agora: onRequestToken ignored',
    lesson: 'Nothing renews: onTokenPrivilegeWillExpire passes unanswered, onRequestToken fires at expiry, and the user is kicked from the channel; the app then has to join again.',
  },
  'tencent-im-no-warning': {
    label: 'Tencent IM: no warning before the UserSig expires',
    lesson: 'Tencent IM has no "will expire" callback: onUserSigExpired logs the user out at expiry and the app must log in again. Renew on your own timer (before expiry) instead.',
  },
  'livekit-long-outage': {
    label: 'LiveKit: long outage after the token expired',
    lesson: 'While connected the server refreshes the token every 5 min, so expiry never drops the call; after a 15-min outage even the last refreshed token is dead and the reconnect gets 401.',
  },
  'twilio-video-keeps-call': {
    label: 'Twilio Video keeps the call past expiry',
    lesson: 'The Room stays connected after the token expires; the first network drop afterwards needs a reconnection, which fails with 20104, and the app must connect again with a new token.',
  },
  // Agora RTM 1.x and TRTC's PrivateMapKey (issue 11, lifecycle).
  'agora-rtm1-expired-reconnect': {
    label: 'Agora RTM 1.x: expiry noticed only at a reconnect',
    lesson: 'RTM 1.x raises nothing at expiry (10 min): the client stays online with an expired token. When the network drops at 15 min, the reconnection is refused and onTokenExpired fires; the app\'s new token gets it back in. An app that never renews ends disconnected there.',
  },
  'trtc-private-map-key-early': {
    label: 'TRTC: the PrivateMapKey ends before the UserSig',
    lesson: 'The UserSig lasts 1 h but its PrivateMapKey only 5 min, and TRTC raises no callback before it ends: an app waiting for one never calls updatePrivateMapKey, so the user is removed from the room every 5 min and enters again. Renewing on the app\'s own timer before the PrivateMapKey ends keeps them in.',
  },
} as const;

export const simulatorPresetsZh: Strings<typeof simulatorPresetsEn> = {
  healthy: {
    label: '正常续期',
    lesson: '在“即将过期”回调里续期，令牌服务响应很快：每个令牌都在过期前 30 秒被替换。',
  },
  never: {
    label: '没有实现续期',
    lesson: '没有处理“即将过期”回调：第一个令牌一过期，SDK 就断开用户。',
  },
  'slow-server': {
    label: '令牌服务响应慢',
    lesson: '响应需要 20–45 秒，而提醒只提前 30 秒：部分续期在过期之后才到达，被拒绝。',
  },
  'server-down': {
    label: '令牌服务宕机 10 分钟',
    lesson: '提醒恰好落在宕机期间；三次重试都失败，令牌过期，服务恢复后应用重新登录。',
  },
  'short-ttl': {
    label: '有效期短于 30 秒',
    lesson: '每个令牌一拿到就已在 30 秒窗口内：“即将过期”立即触发，一次又一次——形成续期风暴。',
  },
  asleep: {
    label: '笔记本在过期时休眠',
    lesson: '休眠期间没有任何定时器运行；唤醒时令牌已失效，重连被拒绝，只能重新登录。',
  },
  'fast-clock': {
    label: '客户端时钟快 5 分钟',
    lesson: 'SDK 按设备时钟计算“即将过期”：10 分钟的令牌会提前 5 分钟提醒，续期频率翻倍。',
  },
  'agora-privilege-early': {
    label: '声网：加入频道权限早于令牌过期',
    lesson:
      '令牌有效期 1 小时，但加入频道权限只有 5 分钟。应用在令牌过期前 60 秒才续期，用户却在第 5 分钟被踢出频道（原因 9）；若在 onTokenPrivilegeWillExpire（权限到期前 30 秒）里续期，就能留在频道中。',
  },
  'agora-on-request-token': {
    label: '声网：未处理 onRequestToken',
    lesson: '没有任何续期：onTokenPrivilegeWillExpire 无人响应，过期时触发 onRequestToken，用户被踢出频道，应用只能重新加入。',
  },
  'tencent-im-no-warning': {
    label: '腾讯云 IM：UserSig 过期前没有提醒',
    lesson: '腾讯云 IM 没有“即将过期”回调：过期时触发 onUserSigExpired，用户被登出，应用需重新登录。请改用自己的定时器在过期前续期。',
  },
  'livekit-long-outage': {
    label: 'LiveKit：令牌过期后长时间断网',
    lesson: '连接期间服务端每 5 分钟刷新一次令牌，过期不会中断通话；但断网 15 分钟后，最后一次刷新的令牌也已失效，重连返回 401。',
  },
  'twilio-video-keeps-call': {
    label: 'Twilio Video 过期后通话继续',
    lesson: '令牌过期后房间仍保持连接；之后第一次断网需要重连，重连因 20104 失败，应用必须用新令牌重新连接。',
  },  // Agora RTM 1.x and TRTC's PrivateMapKey (issue 11, lifecycle).
  'agora-rtm1-expired-reconnect': {
    label: '声网 RTM 1.x：过期只在重连时才被发现',
    lesson: 'RTM 1.x 在过期时（第 10 分钟）不发出任何通知：客户端带着已过期的令牌继续在线。第 15 分钟断网后，重连被拒绝并触发 onTokenExpired；应用提供的新令牌让它重新连上。从不续期的应用会在这里断开。',
  },
  'trtc-private-map-key-early': {
    label: 'TRTC：PrivateMapKey 早于 UserSig 到期',
    lesson: 'UserSig 有效期 1 小时，但其中的 PrivateMapKey 只有 5 分钟，而且 TRTC 在它到期前没有任何回调：等待回调的应用永远不会调用 updatePrivateMapKey，于是用户每 5 分钟被移出房间一次，再重新进房。用应用自己的定时器在 PrivateMapKey 到期前续期，就能留在房间中。',
  },
};
