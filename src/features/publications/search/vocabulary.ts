import { FIELD_BITS } from './ranking';
import { forEachWord } from './words';

/** The distinct words of a corpus and, per word, where they occur. */
export interface Vocabulary {
  words: string[];
  /**
   * Every word's postings, one word after the other: publication index << FIELD_BITS | flags of
   * the fields it occurs in. One array, not one per word: 89,000 small typed arrays cost as much
   * again as their contents.
   */
  postings: Int32Array;
  /** Word `id`'s postings are `postings[firstPosting[id]]` up to `postings[firstPosting[id + 1]]`. */
  firstPosting: Int32Array;
}

/**
 * Collects the vocabulary of folded texts. Words are looked up by the tokenizer's hash and offsets,
 * and only a word not seen before becomes a string: splitting 20,000 abstracts into millions of
 * strings took twice as long.
 */
export class VocabularyBuilder {
  private readonly words: string[] = [];
  private readonly hashes: number[] = [];
  private readonly postings: number[][] = [];
  private readonly lastIndex: number[] = [];
  private slots = new Int32Array(1 << 12).fill(-1);

  add(text: string, index: number, field: number): void {
    forEachWord(text, (start, end, hash) => this.addWord(text, start, end, hash, index, field));
  }

  /** The words so far, and per word where it occurs (still growing lists). */
  collected(): { words: string[]; postings: number[][] } {
    return { words: this.words, postings: this.postings };
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
