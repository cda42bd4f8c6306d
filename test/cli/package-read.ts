// Reads what post-coach package writes, independently of the code that wrote it: zip entries and a CRX3's parts.
import { inflateRawSync } from 'node:zlib';

/** Every file in a zip archive by name, read through the central directory and inflated. */
export function unzip(bytes: Buffer): Map<string, Buffer> {
  const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('no end of central directory');
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  const out = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    if (bytes.readUInt32LE(at) !== 0x02014b50) throw new Error(`bad central header ${i}`);
    const method = bytes.readUInt16LE(at + 10);
    const size = bytes.readUInt32LE(at + 20);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extra = bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    const local = bytes.readUInt32LE(at + 42);
    const name = bytes.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const body = bytes.subarray(start, start + size);
    out.set(name, method === 8 ? inflateRawSync(body) : Buffer.from(body));
    at += 46 + nameLength + extra;
  }
  return out;
}

/** Length-delimited protocol buffer fields, in order. */
export function fields(bytes: Buffer): Array<[number, Buffer]> {
  const out: Array<[number, Buffer]> = [];
  let at = 0;
  const varint = (): number => {
    let n = 0;
    let scale = 1;
    for (;;) {
      const b = bytes[at++];
      n += (b & 0x7f) * scale;
      if (b < 0x80) return n;
      scale *= 128;
    }
  };
  while (at < bytes.length) {
    const key = varint();
    if (key % 8 !== 2) throw new Error(`wire type ${key % 8} at ${at}`);
    const length = varint();
    out.push([Math.floor(key / 8), bytes.subarray(at, at + length)]);
    at += length;
  }
  return out;
}

export interface Crx {
  version: number;
  publicKey: Buffer;
  signature: Buffer;
  signedData: Buffer;
  crxId: Buffer;
  zip: Buffer;
}

/** The parts of a CRX3 file (one RSA proof). */
export function readCrx(bytes: Buffer): Crx {
  if (bytes.subarray(0, 4).toString('latin1') !== 'Cr24') throw new Error('not a CRX');
  const headerLength = bytes.readUInt32LE(8);
  const header = fields(bytes.subarray(12, 12 + headerLength));
  const proof = fields(header.find(([n]) => n === 2)![1]);
  const signedData = header.find(([n]) => n === 10000)![1];
  return {
    version: bytes.readUInt32LE(4),
    publicKey: proof.find(([n]) => n === 1)![1],
    signature: proof.find(([n]) => n === 2)![1],
    signedData,
    crxId: fields(signedData).find(([n]) => n === 1)![1],
    zip: bytes.subarray(12 + headerLength),
  };
}
