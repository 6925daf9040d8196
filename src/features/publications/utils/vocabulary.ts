import { ASCII_ONLY } from '../../../lib/fold-text';

/** Bits of a posting that hold the field flags (see FIELD). */
export const FIELD_BITS = 5;

/** The distinct words of a corpus and, per word, where they occur. */
export interface Vocabulary {
  words: string[];
  /** Per word: publication index << FIELD_BITS | flags of the fields it occurs in. */
  postings: Int32Array[];
}

const WORDS = /[\p{L}\p{N}]+/gu;

/**
 * Collects the vocabulary of folded texts. Most text is ASCII: its words are found and hashed in
 * one pass over the characters, and only a word not seen before becomes a string. That keeps index
 * build for 20,000 abstracts under a second; splitting into millions of strings took twice as long.
 */
export class VocabularyBuilder {
  private readonly words: string[] = [];
  private readonly hashes: number[] = [];
  private readonly postings: number[][] = [];
  private readonly lastIndex: number[] = [];
  private slots = new Int32Array(1 << 12).fill(-1);

  add(text: string, index: number, field: number): void {
    if (!ASCII_ONLY.test(text)) {
      for (const word of text.match(WORDS) ?? [])
        this.addWord(word, 0, word.length, hashOf(word), index, field);
      return;
    }
    let start = -1;
    let hash = 0;
    for (let at = 0; at <= text.length; at++) {
      const code = at < text.length ? text.charCodeAt(at) : 0;
      // Folded ASCII: lowercase letters and digits make words.
      if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) {
        if (start < 0) {
          start = at;
          hash = FNV_OFFSET;
        }
        hash = Math.imul(hash ^ code, FNV_PRIME);
      } else if (start >= 0) {
        this.addWord(text, start, at, hash, index, field);
        start = -1;
      }
    }
  }

  build(): Vocabulary {
    return { words: this.words, postings: this.postings.map((list) => Int32Array.from(list)) };
  }

  private addWord(
    text: string,
    start: number,
    end: number,
    hash: number,
    index: number,
    field: number,
  ): void {
    const id = this.find(text, start, end, hash);
    const list = this.postings[id] as number[];
    if (this.lastIndex[id] === index) list[list.length - 1] = (list[list.length - 1] as number) | field;
    else {
      list.push((index << FIELD_BITS) | field);
      this.lastIndex[id] = index;
    }
  }

  /** The word's id, adding it when new (open addressing, linear probing). */
  private find(text: string, start: number, end: number, hash: number): number {
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const id = this.slots[slot] as number;
      if (id < 0) {
        const created = this.words.length;
        this.words.push(text.slice(start, end));
        this.hashes.push(hash);
        this.postings.push([]);
        this.lastIndex.push(-1);
        this.slots[slot] = created;
        if (this.words.length * 2 > this.slots.length) this.grow();
        return created;
      }
      const word = this.words[id] as string;
      if (this.hashes[id] === hash && word.length === end - start && text.startsWith(word, start)) return id;
    }
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = this.slots.length - 1;
    this.hashes.forEach((hash, id) => {
      let slot = hash & mask;
      while ((this.slots[slot] as number) >= 0) slot = (slot + 1) & mask;
      this.slots[slot] = id;
    });
  }
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

function hashOf(word: string): number {
  let hash = FNV_OFFSET;
  for (let at = 0; at < word.length; at++) hash = Math.imul(hash ^ word.charCodeAt(at), FNV_PRIME);
  return hash;
}
