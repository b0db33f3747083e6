// A child for record-file.test.ts: writes records to a file until the file
// size limit it was started under refuses them, then prints what it saw.
import { LineWriter } from '../../../../orchestrator/src/results/line-writer.js';
import { PcapWriter } from '../../../../orchestrator/src/results/pcap-writer.js';

const [kind, path] = process.argv.slice(2);
const errors: string[] = [];
const onError = (e: Error) => errors.push(e.message);
if (kind === 'pcap') {
  const w = new PcapWriter(path!, onError);
  for (let i = 0; i < 10_000; i++) w.write(i * 1000, new Uint8Array(100).fill(i & 0xff));
  w.close();
} else {
  const w = new LineWriter(path!, onError);
  for (let i = 0; i < 100_000; i++) w.line(`line ${i} ${'x'.repeat(i % 50)}`);
  w.close();
}
process.stdout.write(JSON.stringify(errors));
