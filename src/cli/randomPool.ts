/**
 * Random bytes drawn from the OS in blocks: minting 100k tokens asks for 16 random bytes each,
 * and one system call per 16 bytes cost half of the bulk run. Every byte is still used once.
 */
export function pooledRandomBytes(source: (length: number) => Uint8Array, blockBytes = 64 * 1024): (length: number) => Uint8Array {
  let block: Uint8Array = new Uint8Array(0);
  let offset = 0;
  return (length) => {
    if (length > blockBytes) return source(length);
    if (offset + length > block.length) {
      block = source(blockBytes);
      offset = 0;
    }
    const out = block.slice(offset, offset + length);
    offset += length;
    return out;
  };
}
