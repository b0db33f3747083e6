// Records of what a run did that the results writers turn into files: the
// run's side fills them in (run/workloads/actions.ts, run/run-identity.ts), and
// the writers read them. They live here, below the run, so that results/
// never imports from run/.

/** One scenario action and what the guest answered. */
export interface ActionRecord {
  index: number;
  host: string;
  /** When it was issued and when its reply came, after the experiment's time 0. */
  atNs: number;
  doneNs: number | undefined;
  kind: 'exec' | 'sysctl';
  what: string;
  /** An exec's exit code (or 128 + signal); 0 for a sysctl that was set. */
  status: number | undefined;
  stdout: string;
  stderr: string;
  /** The agent's error, e.g. "ENOENT: no such file". */
  error: string | undefined;
  /** An exec whose stdout or stderr went past the 64 KiB kept of each. */
  truncated?: boolean;
  /** An exec killed at its timeout. */
  timedOut?: boolean;
}

/**
 * What a run was made with: the QEMU binary and each host's image, by
 * content. In summary.json, not in the digest.
 */
export interface RunIdentity {
  qemu: { build: string; sha256: string };
  images: { host: string; image: string; kernel_release: string; vmlinuz_sha256: string; initramfs_sha256: string; relay_agent_sha256: string | null }[];
}
