import { once } from 'node:events';
import { PassThrough, type Readable } from 'node:stream';
import { Zip, ZipPassThrough } from 'fflate';

export interface ZipFile {
  name: string;
  data: Uint8Array;
}

/**
 * A ZIP written as its files arrive, so thousands of letters never sit in memory at once. The
 * entries are stored, not deflated: a PDF is compressed already, and deflating it again costs time
 * for almost nothing. A failure while producing files ends the stream with that error.
 */
export function zipStream(files: AsyncIterable<ZipFile>): Readable {
  const out = new PassThrough();
  const zip = new Zip((error, chunk, final) => {
    if (error) {
      out.destroy(error);
      return;
    }
    out.write(chunk);
    if (final) out.end();
  });
  void (async () => {
    try {
      for await (const file of files) {
        // The reader went away (a cancelled download): stop producing letters.
        if (out.destroyed) break;
        const entry = new ZipPassThrough(file.name);
        zip.add(entry);
        entry.push(file.data, true);
        if (out.writableNeedDrain) await Promise.race([once(out, 'drain'), once(out, 'close')]);
      }
      if (!out.destroyed) zip.end();
    } catch (error) {
      zip.terminate();
      out.destroy(error as Error);
    }
  })();
  return out;
}
