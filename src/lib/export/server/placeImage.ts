import { linkSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Puts an image where the build wants it. From the render cache it is a hard link to the cache's file: no
 * bytes are written again (at 1,000 articles a build has ~76,000 images, about 10 GB). Without a cache, or
 * where a link cannot be made (the cache on another file system), its bytes are written. An existing file
 * is removed first, never written through: it may be a link to a cache entry, which must not change.
 */
export function placeImage(
  { bytes, file }: { bytes: Buffer | string; file: string | null },
  dest: string
): void {
  mkdirSync(dirname(dest), { recursive: true });
  rmSync(dest, { force: true });
  if (file) {
    try {
      linkSync(file, dest);
      return;
    } catch {
      // EXDEV (another file system) or a file system without hard links: the bytes below.
    }
  }
  writeFileSync(dest, bytes);
}
