import { describe, expect, it, vi } from 'vitest';
import { PROTOCOL_VERSION } from '../../../shared/protocol/events';

const io = vi.fn((_opts: unknown) => ({}));
vi.mock('socket.io-client', () => ({ io }));
const { openSocket } = await import('../../../client/live/socket');

describe('openSocket', () => {
  it('sends the secret and the protocol version in the handshake', () => {
    openSocket('tok-1');
    expect(io).toHaveBeenCalledTimes(1);
    expect(io.mock.calls[0]![0]).toMatchObject({ auth: { token: 'tok-1', protocol: PROTOCOL_VERSION } });
  });
});
