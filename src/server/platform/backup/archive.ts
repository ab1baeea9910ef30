import { once } from 'node:events';
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createInflateRaw } from 'node:zlib';
import { Zip, ZipDeflate } from 'fflate';

/**
 * A backup is one ZIP file: written as a stream (a table of 100,000 rows never sits in memory) and
 * read entry by entry through the ZIP's central directory, so the manifest, stored last because it
 * holds every table's checksum, is read before any data. fflate writes ZIPs without ZIP64, so an
 * archive stays below 4 GiB.
 */
export class ArchiveWriter {
  private readonly zip: Zip;
  private readonly stream: WriteStream;
  private failure: Error | null = null;
  private finished: Promise<void>;

  constructor(path: string) {
    // Owner-only: the archive holds personal data and password hashes.
    this.stream = createWriteStream(path, { mode: 0o600 });
    this.stream.on('error', (error) => {
      this.failure ??= error;
    });
    let finish!: () => void;
    this.finished = new Promise((resolve) => {
      finish = resolve;
    });
    this.zip = new Zip((error, chunk, final) => {
      if (error) this.failure ??= error;
      else this.stream.write(chunk);
      if (final || error) finish();
    });
  }

  /** Starts an entry; push its bytes with `write`, then `end` it before the next one starts. */
  entry(name: string): ArchiveEntry {
    const file = new ZipDeflate(name, { level: 6 });
    this.zip.add(file);
    return {
      write: async (bytes) => {
        file.push(bytes, false);
        await this.drain();
      },
      end: async () => {
        file.push(new Uint8Array(0), true);
        await this.drain();
      },
    };
  }

  async close(): Promise<void> {
    this.zip.end();
    await this.finished;
    this.stream.end();
    if (!this.stream.closed && !this.failure) await once(this.stream, 'close').catch(() => undefined);
    if (this.failure) throw this.failure;
  }

  /** Discards a half-written archive's stream (the caller removes the file). */
  async abort(): Promise<void> {
    this.zip.terminate();
    this.stream.destroy();
    if (!this.stream.closed) await once(this.stream, 'close').catch(() => undefined);
  }

  /** Waits while the file lags behind, so memory holds at most a few batches of compressed rows. */
  private async drain() {
    if (this.failure) throw this.failure;
    if (this.stream.writableNeedDrain) await once(this.stream, 'drain');
  }
}

export interface ArchiveEntry {
  write(bytes: Uint8Array): Promise<void>;
  end(): Promise<void>;
}

interface EntryLocation {
  name: string;
  method: number;
  compressedSize: number;
  localHeaderOffset: number;
}

export class ArchiveFormatError extends Error {}

export type ArchiveIndex = Map<string, EntryLocation>;

/** The entries of a ZIP file, read from its central directory. */
export async function readArchiveIndex(path: string): Promise<ArchiveIndex> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    // The end-of-central-directory record: 22 bytes plus a comment of at most 65,535.
    const tailLength = Math.min(size, 22 + 0xffff);
    const tail = Buffer.alloc(tailLength);
    await handle.read(tail, 0, tailLength, size - tailLength);
    let eocd = -1;
    for (let i = tailLength - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === 0x06054b50) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) throw new ArchiveFormatError('not a ZIP file');
    const count = tail.readUInt16LE(eocd + 10);
    const directorySize = tail.readUInt32LE(eocd + 12);
    const directoryOffset = tail.readUInt32LE(eocd + 16);
    if (directoryOffset + directorySize > size) throw new ArchiveFormatError('truncated ZIP file');
    const directory = Buffer.alloc(directorySize);
    await handle.read(directory, 0, directorySize, directoryOffset);
    const entries = new Map<string, EntryLocation>();
    let at = 0;
    for (let i = 0; i < count; i++) {
      if (directory.readUInt32LE(at) !== 0x02014b50) throw new ArchiveFormatError('damaged ZIP directory');
      const nameLength = directory.readUInt16LE(at + 28);
      const name = directory.toString('utf8', at + 46, at + 46 + nameLength);
      entries.set(name, {
        name,
        method: directory.readUInt16LE(at + 10),
        compressedSize: directory.readUInt32LE(at + 20),
        localHeaderOffset: directory.readUInt32LE(at + 42),
      });
      at += 46 + nameLength + directory.readUInt16LE(at + 30) + directory.readUInt16LE(at + 32);
    }
    return entries;
  } finally {
    await handle.close();
  }
}

/** The uncompressed bytes of one entry, as a stream that reads the file only as fast as it is consumed. */
export async function* readArchiveEntry(path: string, entry: EntryLocation): AsyncGenerator<Buffer> {
  const handle = await open(path, 'r');
  const header = Buffer.alloc(30);
  try {
    await handle.read(header, 0, 30, entry.localHeaderOffset);
  } finally {
    await handle.close();
  }
  if (header.readUInt32LE(0) !== 0x04034b50) throw new ArchiveFormatError(`damaged entry ${entry.name}`);
  const start = entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  if (entry.compressedSize === 0) return;
  const raw = createReadStream(path, { start, end: start + entry.compressedSize - 1 });
  if (entry.method === 0) {
    yield* raw as AsyncIterable<Buffer>;
    return;
  }
  if (entry.method !== 8) throw new ArchiveFormatError(`unsupported compression in ${entry.name}`);
  const inflate = createInflateRaw();
  raw.on('error', (error) => inflate.destroy(error));
  yield* raw.pipe(inflate) as AsyncIterable<Buffer>;
}

/** Splits a stream of bytes into lines (without their newline); `onBytes` sees every byte read. */
export async function* splitLines(
  chunks: AsyncIterable<Buffer>,
  onBytes: (chunk: Buffer) => void,
): AsyncGenerator<string> {
  let rest: Buffer = Buffer.alloc(0);
  for await (const chunk of chunks) {
    onBytes(chunk);
    let buffer = rest.length > 0 ? Buffer.concat([rest, chunk]) : chunk;
    let newline = buffer.indexOf(0x0a);
    while (newline >= 0) {
      yield buffer.toString('utf8', 0, newline);
      buffer = buffer.subarray(newline + 1);
      newline = buffer.indexOf(0x0a);
    }
    rest = buffer;
  }
  if (rest.length > 0) yield rest.toString('utf8');
}
