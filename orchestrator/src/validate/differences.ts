// What the ns-3 program matches of the cosim run, and what it cannot: the
// report's "differences" section. Each entry says which side does what, so a
// reader can tell a modelling gap from a bug.

import type { ResolvedScenario } from '../scenario/types.js';
import { FRAMING_CORRECTION_BYTES, SEGMENT_BYTES } from './ns3-program.js';
import { flowCc } from './ns3-support.js';

export interface Difference {
  topic: string;
  /** matched: the same on both sides (how); corrected: made equal by a stated correction; differs: not matched. */
  status: 'matched' | 'corrected' | 'differs';
  text: string;
}

export function modelDifferences(scenario: ResolvedScenario): Difference[] {
  const ccs = new Set(scenario.flows.map((_, i) => flowCc(scenario, i)));
  const lossy = scenario.links.some((l) => l.directions[0].loss !== undefined);
  const out: Difference[] = [
    {
      topic: 'framing',
      status: 'corrected',
      text: `cosim serializes each Ethernet frame's bytes (14-byte header; no preamble, FCS or gap); ns-3's point-to-point device sends a 2-byte PPP header instead. The ns-3 links get an InterframeGap of ${FRAMING_CORRECTION_BYTES} bytes' time and ${FRAMING_CORRECTION_BYTES} bytes' time more of delay, so every packet leaves and arrives at the same time as its frame in cosim.`,
    },
    {
      topic: 'queue',
      status: 'matched',
      text: 'cosim holds N frames waiting plus the one on the wire; ns-3 holds N - 1 in a FIFO queue disc and 1 in the device queue, plus the one on the wire. Drops are counted at the queue disc.',
    },
    {
      topic: 'segment size, initial window, options',
      status: 'matched',
      text: `${SEGMENT_BYTES} payload bytes per segment (1500-byte MTU, timestamps), initial window 10, SACK, timestamps and window scaling as the hosts' sysctls say (on by default), minimum RTO 200 ms, send and receive buffers of Linux's tcp_wmem/tcp_rmem maximum (4 MB, 6 MB).`,
    },
    {
      topic: 'delayed ACK',
      status: 'differs',
      text: 'ns-3 acknowledges every second segment or after a fixed 40 ms. Linux does the same in steady state but starts in quick-ACK mode (an ACK for every segment at the connection\'s start and after a loss) and adapts its ACK timeout (40 to 200 ms), so its slow start gets more ACKs in the first round trips.',
    },
    {
      topic: 'loss detection and recovery',
      status: 'differs',
      text: 'Linux 6.1 detects losses with RACK-TLP (time-based, with tail loss probes) and reduces cwnd with its PRR variant; ns-3 3.37 uses three duplicate ACKs with a SACK scoreboard (RFC 6675) and TcpPrrRecovery, without RACK or TLP. Losses of a slow start overshoot may be repaired in one recovery by one and in two by the other.',
    },
    {
      topic: 'retransmission timer',
      status: 'differs',
      text: "Linux computes its RTO with its own RTT variance filter (mdev) and jiffies (4 ms at HZ=250); ns-3 uses RFC 6298 with a 1 ms clock granularity. Both have a 200 ms minimum.",
    },
    {
      topic: 'receive window',
      status: 'differs',
      text: 'Linux auto-tunes the receive buffer from 128 KB up and advertises a growing window; ns-3 advertises its fixed buffer at once.',
    },
    {
      topic: 'sender segmentation and NIC',
      status: 'differs',
      text: 'Linux hands segments to the NIC through GSO/TSO sizing and TCP small queues; ns-3 sends each segment to the device at once.',
    },
    {
      topic: 'start of the flow',
      status: 'differs',
      text: "In cosim each relay request takes 1 ms and Linux resolves the receiver's MAC with ARP before the SYN (one round trip); ns-3's point-to-point links have no ARP. The ns-3 flow therefore starts tens of milliseconds earlier; the traces keep their own times.",
    },
    {
      topic: 'measurement',
      status: 'matched',
      text: "Both sides sample the sender every sample_interval from the moment the connection is up: cosim reads TCP_INFO in the guest (tcpi_snd_cwnd, tcpi_rtt = smoothed RTT, tcpi_bytes_acked, tcpi_total_retrans); ns-3's program reads the socket's cwnd, its RTT estimator's smoothed RTT (gain 1/8, as Linux's), the acknowledged bytes and the data segments sent below the highest sequence sent.",
    },
  ];
  if (ccs.has('reno')) {
    out.push({
      topic: 'reno',
      status: 'differs',
      text: "ns-3's TcpLinuxReno grows and halves as Linux's reno does (a segment per cwnd's worth of acknowledged segments), but it also credits the cumulative ACK that ends a recovery to congestion avoidance: its cwnd gains two or three segments at once after each recovery, where Linux's stays at ssthresh for a round trip. Its sawtooth is a little shorter.",
    });
  }
  if (ccs.has('cubic')) {
    out.push({
      topic: 'cubic',
      status: 'differs',
      text: "ns-3 3.37's TcpCubic follows Linux's CUBIC (beta 0.7, C 0.4, fast convergence, HyStart with the same delay bounds) but has no TCP-friendly region: Linux's tcp_friendliness (on by default) grows cwnd at least as fast as Reno would, which matters on small bandwidth-delay products like the dumbbell's.",
    });
  }
  if (ccs.has('bbr')) {
    out.push({
      topic: 'bbr',
      status: 'differs',
      text: "Both are BBR v1. Linux paces inside TCP (no fq qdisc in the guest); ns-3 paces with its socket's pacing timer (enabled for BBR flows), and its TcpBbr draws its own random gain-cycle phase. Measured on the dumbbell (33 packets of buffer): ns-3 3.37's TcpBbr with delayed ACKs (DelAckCount 2, as Linux's receiver) collapses after STARTUP's losses to a cwnd of 4 to 7 segments and about 0.25 Mbit/s; with an ACK for every segment, or a 133-packet queue, it reaches 9.3 to 9.4 Mbit/s. The program keeps Linux's delayed ACKs, so a BBR comparison shows this ns-3 behaviour.",
    });
  }
  if (lossy) {
    out.push({ topic: 'random loss', status: 'differs', text: "Bernoulli loss has the same probability on both sides but different draws: cosim's per-direction seeded streams, ns-3's RateErrorModel streams under the report's RngRun. Compare loss scenarios over several seeds, not one run." });
  }
  return out;
}
