// Chrome's CRX3 package: the zip, signed with the publisher's RSA key; the key also fixes the extension id.
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';

/** The publisher's signing key and what follows from it. */
export interface SigningKey {
  privateKey: KeyObject;
  /** The public key, DER SubjectPublicKeyInfo: what manifest.json's "key" carries in base64. */
  publicDer: Buffer;
  /** The 32-letter extension id Chrome derives from the public key. */
  id: string;
}

function fromPrivate(privateKey: KeyObject): SigningKey {
  if (privateKey.asymmetricKeyType !== 'rsa') throw new Error(`the key is ${privateKey.asymmetricKeyType ?? 'not an asymmetric key'}; Chrome signs packages with RSA keys`);
  const publicDer = createPublicKey(privateKey).export({ type: 'spki', format: 'der' });
  return { privateKey, publicDer, id: extensionIdOf(publicDer) };
}

/** A PEM private key (PKCS#8 "PRIVATE KEY", as Chrome's "Pack extension" writes, or PKCS#1 "RSA PRIVATE KEY"). */
export function readSigningKey(pem: string): SigningKey {
  let key: KeyObject;
  try {
    key = createPrivateKey({ key: pem, format: 'pem' });
  } catch {
    throw new Error('it is not a PEM private key (expected "-----BEGIN PRIVATE KEY-----" or "-----BEGIN RSA PRIVATE KEY-----")');
  }
  return fromPrivate(key);
}

/** A new 2048-bit RSA key, as Chrome makes for a first package. */
export function newSigningKey(): SigningKey {
  return fromPrivate(generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey);
}

/** The key as a PKCS#8 PEM file, to keep and pass back with --key. */
export function signingKeyPem(key: SigningKey): string {
  return key.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
}

/** Chrome's id: the first 16 bytes of the public key's SHA-256, each hex digit written as a letter a-p. */
export function extensionIdOf(publicDer: Buffer): string {
  return createHash('sha256')
    .update(publicDer)
    .digest('hex')
    .slice(0, 32)
    .replace(/[0-9a-f]/g, (h) => String.fromCharCode(97 + parseInt(h, 16)));
}

/** The id manifest.json's base64 "key" gives, or undefined when it has none. */
export function idOfManifestKey(key: unknown): string | undefined {
  return typeof key === 'string' && key ? extensionIdOf(Buffer.from(key, 'base64')) : undefined;
}

// Protocol buffer wire format, the little of it crx3.proto needs: length-delimited fields only.
function varint(n: number): Buffer {
  const bytes: number[] = [];
  while (n > 0x7f) {
    bytes.push((n & 0x7f) | 0x80);
    n = Math.floor(n / 128);
  }
  bytes.push(n);
  return Buffer.from(bytes);
}

function field(number: number, value: Buffer): Buffer {
  return Buffer.concat([varint(number * 8 + 2), varint(value.length), value]);
}

const MAGIC = Buffer.from('Cr24');
const SIGNATURE_CONTEXT = Buffer.from('CRX3 SignedData\x00', 'latin1');

/**
 * The CRX3 file: "Cr24", version 3, the CrxFileHeader (the RSA proof, and SignedData naming the id), then the zip.
 * The signature covers "CRX3 SignedData\0", the SignedData's length and bytes, and the whole zip.
 */
export function crx3(zipBytes: Buffer, key: SigningKey): Buffer {
  const crxId = Buffer.from(createHash('sha256').update(key.publicDer).digest().subarray(0, 16));
  const signedData = field(1, crxId); // SignedData { bytes crx_id = 1; }
  const length = Buffer.alloc(4);
  length.writeUInt32LE(signedData.length);
  const signature = sign('sha256', Buffer.concat([SIGNATURE_CONTEXT, length, signedData, zipBytes]), key.privateKey);
  const proof = Buffer.concat([field(1, key.publicDer), field(2, signature)]); // AsymmetricKeyProof
  const header = Buffer.concat([field(2, proof), field(10000, signedData)]); // CrxFileHeader: sha256_with_rsa, signed_header_data
  const prefix = Buffer.alloc(12);
  MAGIC.copy(prefix, 0);
  prefix.writeUInt32LE(3, 4);
  prefix.writeUInt32LE(header.length, 8);
  return Buffer.concat([prefix, header, zipBytes]);
}
