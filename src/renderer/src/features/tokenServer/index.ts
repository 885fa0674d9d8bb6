/** The token server feature: its screen (mounted by the shell) and its store (built in createAppStores). */
export { TokenServerScreen } from './TokenServerScreen';
export { createTokenServerStore, type TokenServerStore, type TokenServerState } from './tokenServerStore';
