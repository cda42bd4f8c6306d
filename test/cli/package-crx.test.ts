// The CRX3 format and Chrome's extension ids, checked against an independent reader and the project's fixed id.
import { createHash, generateKeyPairSync, verify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { crx3, extensionIdOf, idOfManifestKey, newSigningKey, readSigningKey, signingKeyPem } from '../../src/cli/package-crx.js';
import { zip } from '../../src/cli/package-zip.js';
import { CHROME_EXTENSION_ID } from '../../src/shared/extension-id.js';
import { PUBLIC_KEY } from '../../manifest.js';
import { readCrx, unzip } from './package-read.js';

describe('extension ids', () => {
  it('derives the id the project fixed from manifest.ts\'s public key', () => {
    expect(idOfManifestKey(PUBLIC_KEY)).toBe(CHROME_EXTENSION_ID);
    expect(idOfManifestKey(undefined)).toBeUndefined();
  });

  it('writes 32 letters a to p', () => {
    expect(extensionIdOf(Buffer.from('anything'))).toMatch(/^[a-p]{32}$/);
  });
});

describe('signing keys', () => {
  it('reads back the PEM it saves, with the same id', () => {
    const key = newSigningKey();
    const again = readSigningKey(signingKeyPem(key));
    expect(again.id).toBe(key.id);
    expect(signingKeyPem(key)).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
  });

  it('reads a PKCS#1 RSA key too', () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const pem = privateKey.export({ type: 'pkcs1', format: 'pem' }) as string;
    expect(pem).toMatch(/^-----BEGIN RSA PRIVATE KEY-----/);
    expect(readSigningKey(pem).id).toMatch(/^[a-p]{32}$/);
  });

  it('refuses what is not a PEM private key, and keys that are not RSA', () => {
    expect(() => readSigningKey('hello')).toThrow('it is not a PEM private key (expected "-----BEGIN PRIVATE KEY-----" or "-----BEGIN RSA PRIVATE KEY-----")');
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    expect(() => readSigningKey(privateKey.export({ type: 'pkcs8', format: 'pem' }) as string)).toThrow(
      'the key is ec; Chrome signs packages with RSA keys',
    );
  });
});

describe('crx3', () => {
  const key = newSigningKey();
  const archive = zip([{ name: 'manifest.json', data: Buffer.from('{"name":"x"}') }]);
  const file = crx3(archive, key);
  const crx = readCrx(file);

  it('is version 3 with the key, the id from it and the zip unchanged after the header', () => {
    expect(crx.version).toBe(3);
    expect(crx.publicKey.equals(key.publicDer)).toBe(true);
    expect(crx.crxId.equals(createHash('sha256').update(key.publicDer).digest().subarray(0, 16))).toBe(true);
    expect(crx.zip.equals(archive)).toBe(true);
    expect(unzip(crx.zip).get('manifest.json')!.toString()).toBe('{"name":"x"}');
  });

  it('carries an RSA SHA-256 signature over the signed data and the zip that the public key verifies', () => {
    const length = Buffer.alloc(4);
    length.writeUInt32LE(crx.signedData.length);
    const signed = Buffer.concat([Buffer.from('CRX3 SignedData\x00', 'latin1'), length, crx.signedData, crx.zip]);
    const publicKey = { key: crx.publicKey, format: 'der', type: 'spki' } as const;
    expect(verify('sha256', signed, publicKey, crx.signature)).toBe(true);
    const tampered = Buffer.from(signed);
    tampered[tampered.length - 1] ^= 1;
    expect(verify('sha256', tampered, publicKey, crx.signature)).toBe(false);
  });
});
