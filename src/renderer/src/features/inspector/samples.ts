/**
 * Built-in sample tokens for an empty inspector ("Try an example"), one per family and layout,
 * made once with throwaway secrets that protect nothing (issued 2026-01-01, valid ten years).
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
];
