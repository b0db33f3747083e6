// `trace:` of a link direction: a Mahimahi trace file relative to the
// scenario, resolved to its path as given and its content's sha256 (so
// the content enters the digest), and the issues it is refused with.

import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../integration/helpers/guest.js';
import { compileSection, sectionIssues } from './helpers/compile-section.js';

const text = (link: string) => `name: t
duration: 5s
hosts:
  - {name: a, kernel: "6.1", ip: 10.0.0.1/24}
  - {name: b, kernel: "6.1", ip: 10.0.0.2/24}
links:
  - {name: l, between: [a, b], rate: 10Mbit, delay: 10ms${link}}
`;

const LTE = 'examples/traces/lte-synthetic.trace';

describe('trace-driven links', () => {
  it('resolves the file as given with its content\'s hash, in both directions unless reverse says otherwise', () => {
    const sha256 = createHash('sha256').update(readFileSync(LTE)).digest('hex');
    const s = compileSection(text(`, trace: ${LTE}`));
    expect(s.links[0]!.directions.map((d) => d.trace)).toEqual([
      { source: LTE, sha256 },
      { source: LTE, sha256 },
    ]);
    const down = compileSection(text(`, trace: ${LTE}, reverse: {trace: null}`));
    expect('trace' in down.links[0]!.directions[1]).toBe(false);
    expect('trace' in compileSection(text('')).links[0]!.directions[0]).toBe(false);
  });

  it('refuses a missing or malformed file, no delay, and a schedule beside it', () => {
    const dir = tempDir('trace-section');
    writeFileSync(join(dir, 'bad.trace'), '3\n2\n');
    expect(sectionIssues(text(', trace: no/such.trace'))).toEqual([`links.0.trace: no trace file ${join(process.cwd(), 'no/such.trace')}`]);
    expect(sectionIssues(text(`, trace: ${join(dir, 'bad.trace')}`))).toEqual([`links.0.trace: ${join(dir, 'bad.trace')} is not a Mahimahi trace: line 2 (2 ms) is before the line above it (3 ms): times go in order`]);
    expect(sectionIssues(text(`, trace: ${LTE}, delay: 0s`).replace('delay: 10ms, ', ''))).toEqual([
      'links.0.delay: a trace-driven direction needs a delay above 0 (as Mahimahi pairs its link shell with mm-delay); 1us will do',
    ]);
    expect(sectionIssues(text(`, reverse: {trace: ${LTE}, schedule: [{at: 1s, rate: 1Mbit}]}`))).toEqual(['links.0.reverse.schedule: a trace-driven direction takes no schedule: its trace says when it delivers']);
    expect(sectionIssues(text(', trace: 5'))).toEqual(['links.0.trace: trace must be the path of a Mahimahi trace file, relative to the scenario file']);
  });
});
