/** The CommsEase feature: its screen (mounted by the shell) and its store (built in createAppStores). */
export { CommsEaseScreen } from './CommsEaseScreen';
export { createCommsEaseStore, type CommsEaseStore, type CommsEaseState } from './commseaseStore';
