/** The CommsEase feature: its screen (mounted by the shell) and its store (for a central registry or tests). */
export { CommsEaseScreen } from './CommsEaseScreen';
export { createCommsEaseStore, type CommsEaseStore, type CommsEaseState } from './commseaseStore';
