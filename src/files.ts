// Content-addressed storage of original files: stored once, unchanged, under their SHA-256.
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform, type Readable } from 'node:stream';
import { AppError } from './errors.ts';

/** What storing a file produced. */
export interface StoredFile {
  sha256: string;
  size: number;
}

/** Keeps originals under dir/sha256/ab/cd/<hash>; a file is written to a temporary name, synced, then renamed. */
export class FileStore {
  constructor(readonly dir: string) {}

  /** Where the original with this hash lives. */
  pathFor(sha256: string): string {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new AppError('bad_request', 'not a SHA-256 hex digest');
    return path.join(this.dir, 'sha256', sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }

  /** Stores a stream unchanged, refusing more than maxBytes; returns its hash and size. */
  async put(input: Readable, maxBytes: number): Promise<StoredFile> {
    const tmpDir = path.join(this.dir, 'tmp');
    fs.mkdirSync(tmpDir, { recursive: true });
    const tmp = path.join(tmpDir, `${Date.now()}-${randomBytes(8).toString('hex')}`);
    const hash = createHash('sha256');
    let size = 0;
    const meter = new Transform({
      transform(chunk: Buffer, _enc, done) {
        size += chunk.length;
        if (size > maxBytes) return done(new AppError('payload_too_large', `file is larger than ${maxBytes} bytes`));
        hash.update(chunk);
        done(null, chunk);
      },
    });
    try {
      const out = fs.createWriteStream(tmp, { flags: 'wx', mode: 0o600 });
      await pipeline(input, meter, out);
      const fd = fs.openSync(tmp, 'r');
      fs.fsyncSync(fd);
      fs.closeSync(fd);
      const sha256 = hash.digest('hex');
      const target = this.pathFor(sha256);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      if (fs.existsSync(target)) fs.unlinkSync(tmp);
      else fs.renameSync(tmp, target);
      return { sha256, size };
    } catch (err) {
      fs.rmSync(tmp, { force: true });
      throw err;
    }
  }

  /** True when the original with this hash is present. */
  has(sha256: string): boolean {
    return fs.existsSync(this.pathFor(sha256));
  }

  /** Opens the original for reading. */
  open(sha256: string): Readable {
    return fs.createReadStream(this.pathFor(sha256));
  }
}
