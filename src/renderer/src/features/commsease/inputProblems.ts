/**
 * What the user left out of a CommsEase form, said by key: the slices have no language, the
 * screen words the key (`commsease.input.<problem>`) in the page's one. An IPC error from main
 * keeps its own message.
 */
import type { IpcError } from '../../../../shared/ipc/reply';
import type { commseaseEn } from '../../../../shared/i18n/areas/commsease';

export type InputProblem = keyof (typeof commseaseEn)['input'];

const PREFIX = 'commsease.input.';

export function inputError(problem: InputProblem): IpcError {
  return { code: 'INVALID_INPUT', message: `${PREFIX}${problem}` };
}

/** The catalogue key of an input problem, or null for an error from main. */
export function inputProblemKey(error: IpcError): string | null {
  return error.code === 'INVALID_INPUT' && error.message.startsWith(PREFIX) ? error.message : null;
}
