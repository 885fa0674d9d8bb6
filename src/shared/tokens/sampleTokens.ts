/**
 * Built-in sample tokens for an empty inspector ("Try an example"), one per family and layout,
 * made once with throwaway secrets that protect nothing (issued 2026-01-01, valid ten years;
 * Twilio's and Agora 006's at most 24 h, as those formats allow, so they read as expired).
 * Shown with their secrets so a user can create a profile and watch a token verify.
 */
export interface SampleToken {
  id: string;
  label: string;
  token: string;
  /** The throwaway secret and the other inputs the signature binds, as a user would type them. */
  inputs: Readonly<Record<string, string>>;
}

export const SAMPLE_TOKENS: readonly SampleToken[] = [
  {
    id: 'sample-gcm',
    label: 'ZEGO Token04 · AES-GCM · room privilege',
    token: '04AAAAAHwhvAAADHNhbXBsZS1pdi0wMQDR6/Hxg4CGJfowG/Q2EZfqB8mkWjoz4B8Dj3wpEOHqpjiO1PUMgiSCL2JpWZJIFVmgYdPEQzvORs+fMON64CVW21tSGx8ef9l56TuSuLx2nSuxvAI7CqtuSwnp98kFtE0aKtON6tH07+aa0c+lxIFrvSslVxYDrVqINwGuMgJXmDQsHLqWDu+Zy3U2T+3YFsx+cSx62o0JQvAnQ/qDf+gSRt383D8QdObQhiH8TmCvSQJfKKVM9CQT5aZqnmWsnfboHobGk5WxhMbFAihuUil4OPwB',
    inputs: { AppID: '1234567890', ServerSecret: 'sample0secret0not0real0000000000' },
  },
  {
    id: 'sample-cbc',
    label: 'ZEGO Token04 · AES-CBC',
    token: '04AAAAAHwhvAAAEHNhbXBsZS1jYmMtaXYtMTYAcDT7/cU0TOeUIpvzDSzloS8OoYt0/JdLK/wDnyQyPlntCRiTrY/4foMPQjOuQf8G8R28ykDuItVF5ImbAW1zd87aZZ2V5c8C2MNxSAvj6pVzlZP3kd2CwzXe47leBuH65vp7mMnIgRMTfI9ISCreDDQ=',
    inputs: { AppID: '1234567890', ServerSecret: 'sample0secret0not0real0000000000' },
  },
  {
    id: 'sample-dynamic',
    label: 'CommsEase dynamic token',
    token: 'eyJzaWduYXR1cmUiOiIzMDZiYTQyN2ZlNjczMTg0ZTVjNGEyYTE0ZjExNWVlYWJiN2I1NTI4IiwiY3VyVGltZSI6MTc2NzIyNTYwMDAwMCwidHRsIjozMTUzNjAwMDB9',
    inputs: { AppKey: 'sample0appkey0000000000000000000', AppSecret: 'sample0appsecret', accid: 'sample-accid' },
  },
  {
    id: 'sample-agora-accesstoken2',
    label: 'Agora AccessToken2 (007) · RTC publisher',
    token: '007eJxTYFgzpSHPtfeDzfOE68q51jufneuxuTCb+dKdQ8v5JS1Dg/gUGAwMjYxNTM3MLSwTk5JTUtPQ+Qw7QzMZmM8IHdasY2RkYGRgAWIQYAKTzGCSBUzyMRQn5hbkpOomZyTm5aXmsDAYGhgYAgAyyCMZ',
    inputs: { 'App ID': '0123456789abcdef0123456789abcdef', 'App Certificate': 'fedcba9876543210fedcba9876543210', channel: 'sample-channel', uid: '1001' },
  },
  {
    id: 'sample-agora-accesstoken',
    label: 'Agora AccessToken (006) · RTC publisher',
    token: '0060123456789abcdef0123456789abcdefIAAc9u3DaiJdctT+kQtZhJDJKkk2ePCzPBdvHcCMIuYYBTzVxlyBkyDDIgBVBs8AgApXaQQAAQAAvCF8AgAAvCF8AwAAvCF8BAAAvCF8',
    inputs: { 'App ID': '0123456789abcdef0123456789abcdef', 'App Certificate': 'fedcba9876543210fedcba9876543210', channel: 'sample-channel', uid: '1001' },
  },
  {
    id: 'sample-tencent-usersig-v2',
    label: 'Tencent UserSig (TLSSigAPIv2)',
    token: 'eJyrVgrxCdYrSy1SslIy0jNQ0gHzM1NS80oy0zLBwsWJuQU5qbqlxUAeRLo4JTuxoCAzRcnK0MQACiAyJZm5qUBRczNzIyNTM5hoakVBZhFQ3NjQ1BgoCBMuzkwHGp9tpl2aHxJZ6OJdnuxoEumdGOnuW2iSmuwfWO6dEpqRnWkUkmae61sUYFpsq1QLAMqaNCk_',
    inputs: { SDKAppID: '1400000000', 'SDK secret key': 'sample0tencent0secret0key0not0real0000000000000000000000000000000', UserID: 'sample-user' },
  },
  {
    id: 'sample-livekit-jwt',
    label: 'LiveKit access token · room join',
    token: 'eyJhbGciOiJIUzI1NiJ9.eyJ2aWRlbyI6eyJyb29tSm9pbiI6dHJ1ZSwicm9vbSI6InNhbXBsZS1yb29tIn0sImlzcyI6IkFQSXNhbXBsZTAwMDAiLCJleHAiOjIwODI1ODU2MDAsIm5iZiI6MTc2NzIyNTYwMCwic3ViIjoic2FtcGxlLXVzZXIifQ.DHr8U-PM-7O3-9iHfX5rZPd0HhvKJWgq9AhjS7_TANk',
    inputs: { 'API key': 'APIsample0000', 'API secret': 'sample0livekit0api0secret0not0real0000' },
  },
  {
    id: 'sample-twilio-jwt',
    label: 'Twilio Access Token · video room, 24 h',
    token: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCIsImN0eSI6InR3aWxpby1mcGE7dj0xIn0.eyJqdGkiOiJTSzAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAxLTE3NjcyMjU2MDAiLCJncmFudHMiOnsiaWRlbnRpdHkiOiJzYW1wbGUtdXNlciIsInZpZGVvIjp7InJvb20iOiJTYW1wbGVSb29tIn19LCJpYXQiOjE3NjcyMjU2MDAsImV4cCI6MTc2NzMxMjAwMCwiaXNzIjoiU0swMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMSIsInN1YiI6IkFDMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDEifQ.0rnmuJwETXGP0LMEi1yfwCJFP5gFi_B-RzGVfP65Lvk',
    inputs: { 'Account SID': 'AC00000000000000000000000000000001', 'API key SID': 'SK00000000000000000000000000000001', 'API key secret': 'sample0twilio0secret0not0real000' },
  },
  {
    id: 'sample-jwt-generic',
    label: 'JWT · HS256',
    token: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJ0b2tlbmxhYi1zYW1wbGUiLCJzdWIiOiJzYW1wbGUtdXNlciIsImlhdCI6MTc2NzIyNTYwMCwiZXhwIjoyMDgyNTg1NjAwfQ.t5SIBY5wHe_3rNmSN768sSPITLRMYocJLfDd3rEgzpA',
    inputs: { 'HMAC key': 'sample0hmac0key0not0real' },
  },
];
