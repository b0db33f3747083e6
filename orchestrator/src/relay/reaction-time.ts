// How long after it is issued a relay request reaches its guest. Every
// request is sent to QEMU at once, stamped this far ahead, so one issued in
// reaction to a reply (inside the reply's handler, at the reply's exact
// time) still lands in the future of every VM. A run's relay transport and
// the snapshot maker both rely on it: a snapshot is taken where no input of a
// cold run could have arrived yet.

export const RELAY_REACTION_NS = 1_000_000;
