import { createHash } from 'node:crypto';
import { eventIdFor, uuidV5 } from '../../../src/domain/shared/deterministic-uuid.js';
import { sha1Bytes, sha256Hex, toHex, utf8Bytes } from '../../../src/domain/shared/sha-digests.js';
import { slugify } from '../../../src/domain/shared/slug.js';

const samples = ['', 'abc', 'a'.repeat(55), 'b'.repeat(56), 'c'.repeat(64), 'Mr Putin said: “It’s sensitive” – 755', 'x'.repeat(200_003)];

describe('digests', () => {
  it.each(samples.map((s) => [s.length, s]))('given a %i-character text, when hashed, then SHA-256 and SHA-1 match node:crypto', (_length, text) => {
    expect(sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
    expect(toHex(sha1Bytes(utf8Bytes(text)))).toBe(createHash('sha1').update(text, 'utf8').digest('hex'));
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
