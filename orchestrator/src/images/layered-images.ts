// The images with packages or files built on a stock image: images/layer.sh
// names their folders <stock folder>+<key>, beside the stock one in the
// cache, so listing them needs no index of its own.

import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { type GuestImage, readImage } from './kernel-catalog.js';

/** Layered images on the stock image in `stockDir`, newest first. */
export function layeredImages(stockDir: string): GuestImage[] {
  const cache = dirname(stockDir);
  const prefix = `${basename(stockDir)}+`;
  if (!existsSync(cache)) return [];
  return readdirSync(cache)
    .filter((d) => d.startsWith(prefix) && existsSync(join(cache, d, 'image.json')))
    .map((d) => ({ dir: join(cache, d), at: statSync(join(cache, d, 'image.json')).mtimeMs }))
    .sort((a, b) => b.at - a.at || (a.dir < b.dir ? -1 : 1))
    .map((d) => readImage(d.dir));
}

/** One line for a layered image: what it carries and what it costs. */
export function describeLayer(image: GuestImage): string {
  const l = image.layer;
  if (!l) return `stock image ${basename(image.dir)}`;
  const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
  const asked = l.requestedPackages.length > 0 ? l.requestedPackages.join(' ') : '(no packages)';
  const files = l.files.length === 0 ? '' : `, ${l.files.length} file${l.files.length === 1 ? '' : 's'} (${l.files.map((f) => f.path).join(' ')})`;
  return (
    `+ ${asked}${l.suite ? ` from ${l.suite}` : ''}: ${l.packages.length} packages with dependencies${files}; ` +
    `initramfs ${mb(image.initramfsBytes)}, unpacks to ${mb(l.unpackedBytes)} (sha256 ${image.initramfsSha256.slice(0, 16)}…): ${image.dir}`
  );
}
