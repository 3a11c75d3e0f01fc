/**
 * Object names (hex shas, 40 digits, or 64 in a SHA-256 repository) numbered 0, 1, 2, ... in the
 * order they are first seen. The names are kept as 32-bit words in one typed array under an
 * open-addressing table: a Map of 100k 40-character strings cost more to fill and look up, and
 * every key kept alive the log text it was cut from.
 */

/** A hex digit's value by character code, -1 for any other character. */
const HEX_VALUE = new Int8Array(0x10000).fill(-1)
for (const [value, digit] of [...'0123456789abcdef'].entries()) {
  HEX_VALUE[digit.charCodeAt(0)] = value
}

export class ShaTable {
  /** 32-bit words per name: 5 for SHA-1, 8 for SHA-256; set by the first name. */
  private width = 0
  private words = new Int32Array(0)
  /** Open addressing: node + 1 per slot, 0 for an empty one; kept at most half full. */
  private slots = new Int32Array(1024)
  private count = 0
  /** The name being looked up, parsed. */
  private readonly key = new Int32Array(8)

  get size(): number {
    return this.count
  }

  /** The number of the name at `text[at, at + length)`, numbering it when it is new. */
  intern(text: string, at = 0, length = text.length - at): number {
    if (this.width === 0 && (length === 40 || length === 64)) this.width = length / 8
    if (!this.parse(text, at, length)) {
      throw new Error(`'${text.slice(at, at + length)}' is not an object name`)
    }
    const slot = this.find()
    if (this.slots[slot] !== 0) return this.slots[slot] - 1
    const node = this.count++
    const width = this.width
    if ((node + 1) * width > this.words.length) {
      const grown = new Int32Array(Math.max(1024, this.words.length * 2))
      grown.set(this.words)
      this.words = grown
    }
    for (let w = 0; w < width; w++) this.words[node * width + w] = this.key[w]
    this.slots[slot] = node + 1
    if (this.count * 2 > this.slots.length) this.rehash()
    return node
  }

  /** The number of a name seen before, or -1. */
  lookup(text: string, at = 0, length = text.length - at): number {
    return this.parse(text, at, length) ? this.slots[this.find()] - 1 : -1
  }

  /** Reads the name into `key`; false when it is not a name of this table's width. */
  private parse(text: string, at: number, length: number): boolean {
    const width = this.width
    if (width === 0 || length !== width * 8) return false
    // Any character that is not a digit has the value -1, which sets `invalid`'s sign bit.
    let invalid = 0
    for (let w = 0, k = at; w < width; w++) {
      let word = 0
      for (const end = k + 8; k < end; k++) {
        const digit = HEX_VALUE[text.charCodeAt(k)]
        invalid |= digit
        word = (word << 4) | digit
      }
      this.key[w] = word
    }
    return invalid >= 0
  }

  /** The slot holding `key`, or the empty one where it goes. */
  private find(): number {
    const { key, width, words, slots } = this
    const mask = slots.length - 1
    // The names are hashes already: their first word spreads over the slots evenly.
    for (let slot = key[0] & mask; ; slot = (slot + 1) & mask) {
      const held = slots[slot]
      if (held === 0) return slot
      let w = 0
      const base = (held - 1) * width
      while (w < width && words[base + w] === key[w]) w++
      if (w === width) return slot
    }
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2)
    const mask = slots.length - 1
    for (let node = 0; node < this.count; node++) {
      let slot = this.words[node * this.width] & mask
      while (slots[slot] !== 0) slot = (slot + 1) & mask
      slots[slot] = node + 1
    }
    this.slots = slots
  }
}
