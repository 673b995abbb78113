import type { LatestVerification } from './latest-verification';

/**
 * Keeps the agent's window in step with the wizard's window (BroadcastChannel: same browser, same site,
 * nothing leaves the device). The wizard says where it is, with the tenant check's evidence it holds in
 * memory; the agent's window asks where that is and sends jumps back.
 */
export type AgentMessage =
  | { type: 'where-are-you' }
  | { type: 'here'; url: string; verification: LatestVerification | null }
  | { type: 'go'; url: string };

const NAME = '401-troubleshooter-agent';

export interface AgentChannel {
  send: (message: AgentMessage) => void;
  close: () => void;
}

export function openAgentChannel(onMessage: (message: AgentMessage) => void): AgentChannel {
  if (typeof BroadcastChannel === 'undefined') return { send: () => {}, close: () => {} };
  const channel = new BroadcastChannel(NAME);
  channel.onmessage = (e: MessageEvent<unknown>) => {
    if (isMessage(e.data)) onMessage(e.data);
  };
  return { send: (message) => channel.postMessage(message), close: () => channel.close() };
}

/** Only addresses inside this app are followed: a path, never another site. */
export function isAppPath(url: string): boolean {
  return url.startsWith('/') && !url.startsWith('//') && !url.includes('\\');
}

function isMessage(data: unknown): data is AgentMessage {
  if (typeof data !== 'object' || data === null) return false;
  const m = data as { type?: unknown; url?: unknown };
  if (m.type === 'where-are-you') return true;
  return (m.type === 'here' || m.type === 'go') && typeof m.url === 'string' && isAppPath(m.url);
}
