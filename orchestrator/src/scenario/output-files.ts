// Every results file named after something in the scenario, in one place, so
// two things can never share a file: the compiler claims each name and
// reports a clash (a flow "link-x" beside a link x with a throughput trace
// both meant traces/link-x.csv), and the writers take their names from here.

export const outputFile = {
  flowTrace: (flowId: string): string => `traces/${flowId}.csv`,
  linkThroughput: (link: string): string => `traces/link-${link}.csv`,
  linkPcap: (link: string): string => `pcap/${link}.pcap`,
  linkCapture: (link: string): string => `pcap/${link}.pcapng`,
  switchCapture: (name: string): string => `pcap/${name}.pcapng`,
  timeline: 'timeline.json',
  queueTrace: (link: string): string => `traces/queue-${link}.csv`,
  console: (host: string): string => `console/${host}.log`,
} as const;

/** Which scenario item claimed each file first. */
export class OutputClaims {
  readonly #owners = new Map<string, string>();

  /** Claim `file` for `owner`; returns the earlier owner when it is taken. */
  claim(file: string, owner: string): string | undefined {
    const earlier = this.#owners.get(file);
    if (earlier === undefined) this.#owners.set(file, owner);
    return earlier;
  }
}
