import { useEffect, useRef } from 'react';
import { useNavigate } from 'react-router';
import { type AgentChannel, openAgentChannel } from '../../session/agent-channel';
import { useLatestVerification } from '../../session/latest-verification';

/**
 * Tells the agent's own window (the /agent page) where the wizard is, and follows its jumps. The
 * address carries the whole state, so the other window rebuilds the step from it.
 */
export function useAgentSync(url: string): void {
  const navigate = useNavigate();
  const verification = useLatestVerification();
  const here = useRef({ url, verification });
  here.current = { url, verification };
  const channel = useRef<AgentChannel | null>(null);

  useEffect(() => {
    const open = openAgentChannel((message) => {
      if (message.type === 'where-are-you') open.send({ type: 'here', ...here.current });
      else if (message.type === 'go') navigate(message.url);
    });
    channel.current = open;
    return () => open.close();
  }, [navigate]);

  useEffect(() => {
    channel.current?.send({ type: 'here', url, verification });
  }, [url, verification]);
}
