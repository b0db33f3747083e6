// Socket option numbers the scenarios use, for SetSockOpt and GetSockOpt
// (Linux's values: the agent passes level and name to the guest's kernel).

export const SOL_SOCKET = 1;
export const IPPROTO_TCP = 6;
export const SO_SNDBUF = 7;
export const SO_RCVBUF = 8;
export const TCP_NODELAY = 1;
export const TCP_CONGESTION = 13;
