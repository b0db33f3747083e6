// Records every frame passing a trace point into a pcap writer, stamped with
// the calendar's time. Attaching it changes no timing: it only listens.

import type { Calendar } from '../sim/calendar.js';
import type { Frame } from './frame.js';
import type { TracePoint } from './trace-point.js';

export interface PacketRecorder {
  write(timeNs: number, bytes: Uint8Array): void;
}

export class PcapMeter {
  readonly name: string;
  frames = 0;

  constructor(calendar: Calendar, point: TracePoint<Frame>, recorder: PacketRecorder, name: string) {
    this.name = name;
    point.subscribe((frame) => {
      this.frames++;
      recorder.write(calendar.now, frame.bytes);
    });
  }
}
