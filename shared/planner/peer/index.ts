/** The peer-rounds planner (issue 17): one pool of participants meeting each other at tables of 2 or more. */
export { peerPairsBound } from './bound';
export { MAX_PEER_SETTING, MAX_PEER_WORK, MAX_PEERS } from './model';
export { DEFAULT_PEER_SEED, planPeers } from './plan-peers';
export { peerQuality } from './quality';
export { peerTableShape, type TableShape } from './table-sizes';
export type {
  PeerInput,
  PeerOptions,
  PeerPlan,
  PeerQuality,
  PeerRound,
  PeerSettings,
  PeerTable,
  PlanPeer,
} from './types';
