/**
 * AES-CBC with one node:crypto cipher per direction kept for a key, and a new IV per call.
 *
 * A CBC stream with padding off carries only its last ciphertext block from one update to the
 * next: encrypting block P after it gives E(P ⊕ last). So a call with its own IV feeds
 * P₁ ⊕ IV ⊕ last as its first block, and the stream computes E(P₁ ⊕ IV), then chains the rest
 * as usual. Decrypting, the stream returns D(C₁) ⊕ last for the first block; XOR-ing it with
 * last ⊕ IV gives D(C₁) ⊕ IV. The AES work stays in OpenSSL (constant-time with AES-NI, as
 * the one-shot calls); what JavaScript adds is XOR of public or caller-given bytes and PKCS#7
 * padding. `last` is always ciphertext, which is public.
 *
 * Same bytes as nodeCryptoPort's aesCbcEncrypt and aesCbcDecryptNoPadding
 * (test/main/crypto/preparedAesCbc.test.ts). Input the stream trick does not cover (a
 * ciphertext that is not whole blocks) goes to those one-shot calls, which decide it as before.
 */
import { createCipheriv, createDecipheriv, type Cipher, type Decipher } from 'node:crypto';
import type { PreparedAesCbc } from '../../shared/crypto/preparedKeys';

const BLOCK = 16;

function cipherName(key: Uint8Array): string {
  return `aes-${key.length * 8}-cbc`;
}

/** The one-shot calls, for what the prepared streams do not take. */
export interface OneShotCbc {
  aesCbcEncrypt(key: Uint8Array, iv: Uint8Array, plaintext: Uint8Array | string): Uint8Array;
  aesCbcDecryptNoPadding(key: Uint8Array, iv: Uint8Array, ciphertext: Uint8Array): Uint8Array;
}

export function prepareNodeAesCbc(keyBytes: Uint8Array, oneShot: OneShotCbc): PreparedAesCbc {
  // Our own copy: the caller's array may change after preparing; the streams would not.
  const key = Uint8Array.from(keyBytes);
  const name = cipherName(key);
  // A bad key length throws node's own error now, as the one-shot call would, not at first use.
  if (key.length !== 16 && key.length !== 24 && key.length !== 32) createCipheriv(name, key, new Uint8Array(BLOCK));
  const zeroIv = new Uint8Array(BLOCK);
  let encryptor: Cipher | null = null;
  let encryptorLast = new Uint8Array(BLOCK);
  let decryptor: Decipher | null = null;
  let decryptorLast = new Uint8Array(BLOCK);

  const newEncryptor = (): Cipher => {
    const cipher = createCipheriv(name, key, zeroIv);
    cipher.setAutoPadding(false);
    encryptorLast = new Uint8Array(BLOCK);
    return cipher;
  };
  const newDecryptor = (): Decipher => {
    const decipher = createDecipheriv(name, key, zeroIv);
    decipher.setAutoPadding(false);
    decryptorLast = new Uint8Array(BLOCK);
    return decipher;
  };

  return {
    encrypt(iv, plaintext) {
      if (iv.length !== BLOCK) return oneShot.aesCbcEncrypt(key, iv, plaintext);
      const length = typeof plaintext === 'string' ? Buffer.byteLength(plaintext, 'utf8') : plaintext.length;
      const pad = BLOCK - (length % BLOCK);
      const padded = Buffer.allocUnsafe(length + pad);
      if (typeof plaintext === 'string') padded.write(plaintext, 0, 'utf8');
      else padded.set(plaintext, 0);
      padded.fill(pad, length);
      encryptor ??= newEncryptor();
      for (let i = 0; i < BLOCK; i++) padded[i] = (padded[i] as number) ^ (iv[i] as number) ^ (encryptorLast[i] as number);
      let out: Buffer;
      try {
        out = encryptor.update(padded);
      } catch (error) {
        encryptor = null; // a stream in an unknown state is never used again
        throw error;
      }
      padded.fill(0); // it held the plaintext
      if (out.length !== padded.length) {
        encryptor = null;
        return oneShot.aesCbcEncrypt(key, iv, plaintext);
      }
      for (let i = 0, at = out.length - BLOCK; i < BLOCK; i++) encryptorLast[i] = out[at + i] as number;
      return out;
    },
    decryptNoPadding(iv, ciphertext) {
      const n = ciphertext.length;
      if (iv.length !== BLOCK || n === 0 || n % BLOCK !== 0) return oneShot.aesCbcDecryptNoPadding(key, iv, ciphertext);
      decryptor ??= newDecryptor();
      let out: Buffer;
      try {
        out = decryptor.update(ciphertext);
      } catch (error) {
        decryptor = null;
        throw error;
      }
      if (out.length !== n) {
        decryptor = null;
        return oneShot.aesCbcDecryptNoPadding(key, iv, ciphertext);
      }
      for (let i = 0; i < BLOCK; i++) out[i] = (out[i] as number) ^ (decryptorLast[i] as number) ^ (iv[i] as number);
      for (let i = 0, at = n - BLOCK; i < BLOCK; i++) decryptorLast[i] = ciphertext[at + i] as number;
      return out;
    },
  };
}
