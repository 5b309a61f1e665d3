// What every export shares: its options, and writing to a stream without outrunning it.
import { once } from 'node:events';

/** Options of the exports. */
export interface ExportOptions {
  /** Called as records are written (or read), with the number done so far over all sections. */
  onProgress?: (done: number) => void;
  /** Leave signers' and co-signatories' addresses out, so that the file holds no value sealed with the key file. */
  withoutSignerAddresses?: boolean;
}

/** Writes `chunk`, waiting for 'drain' when the stream's buffer is full (it rejects if the stream fails meanwhile). */
export async function writeChunk(out: NodeJS.WritableStream, chunk: string | Uint8Array): Promise<void> {
  if (!out.write(chunk)) await once(out, 'drain');
}
