import { eventIdFor, uuidV5 } from '../../../src/domain/shared/deterministic-uuid.js';
import { sha1Of, sha256Hex } from '../../../src/domain/shared/sha-digests.js';
import { slugify } from '../../../src/domain/shared/slug.js';

// FIPS 180-2's published examples, and a non-ASCII text pinned as hashed when ids were first
// derived: document and story ids are these digests of UTF-8 text, so neither may change.
const vectors: [text: string, sha256: string, sha1: string][] = [
  ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', 'da39a3ee5e6b4b0d3255bfef95601890afd80709'],
  ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad', 'a9993e364706816aba3e25717850c26c9cd0d89d'],
  [
    'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
    '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    '84983e441c3bd26ebaae4aa1f95129e5e54670f1',
  ],
  [
    'Mr Putin said: “It’s sensitive” – 755',
    'de9ac1cfdd6adaef433b5131773424894a9d45aa6151558bf096b816afb361e5',
    '84ab4e11fc80b0bcebfadb94e4f462f63ea0b0b5',
  ],
];

describe('digests', () => {
  it.each(vectors)('given %j, when hashed, then SHA-256 and SHA-1 are the published digests', (text, sha256, sha1) => {
    expect(sha256Hex(text)).toBe(sha256);
    expect(Buffer.from(sha1Of(new Uint8Array(), text)).toString('hex')).toBe(sha1);
    expect(Buffer.from(sha1Of(new TextEncoder().encode(text.slice(0, 2)), text.slice(2))).toString('hex')).toBe(sha1);
  });
});

describe('name-based UUIDs', () => {
  it('given the RFC DNS namespace and www.example.com, when a v5 UUID is made, then it is the published one', () => {
    expect(uuidV5('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'www.example.com')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });

  it('given the same stream and discriminator twice, when event ids are made, then they are equal; otherwise they differ', () => {
    const id = eventIdFor('story-x', 'version:1');
    expect(eventIdFor('story-x', 'version:1')).toBe(id);
    expect(eventIdFor('story-x', 'version:2')).not.toBe(id);
    expect(eventIdFor('story-y', 'version:1')).not.toBe(id);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('slugify', () => {
  it('given accents, punctuation and a length limit, when slugified, then it keeps whole ASCII words', () => {
    expect(slugify('  Café  — U.S. diplomats!  ')).toBe('cafe-u-s-diplomats');
    expect(slugify('russian-president-vladimir-putin-expels', 20)).toBe('russian-president');
    expect(slugify('!!!')).toBe('');
  });
});
