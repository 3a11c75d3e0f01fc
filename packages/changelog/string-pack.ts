/**
 * Many small strings kept for the length of a run, packed: every 1024 of them are joined into one
 * string and read back by offset. A rebuild keeps a few strings per commit of the whole history;
 * held one by one, the young-generation collector copies each of those 100k objects (twice)
 * and can never free one; packed, it moves a few hundred larger strings.
 */

const PER_PACK = 1024

export class StringPack {
  private readonly packs: string[] = []
  private batch: string[] = []
  /** Per string, where it ends in its pack. */
  private ends = new Int32Array(PER_PACK)
  private length = 0
  private offset = 0

  get size(): number {
    return this.length
  }

  /** Keeps `text`; returns its index for `get`. */
  push(text: string): number {
    const index = this.length++
    if (index === this.ends.length) {
      const grown = new Int32Array(this.ends.length * 2)
      grown.set(this.ends)
      this.ends = grown
    }
    this.batch.push(text)
    this.offset += text.length
    this.ends[index] = this.offset
    if (this.batch.length === PER_PACK) {
      this.packs.push(this.batch.join(''))
      this.batch = []
      this.offset = 0
    }
    return index
  }

  get(index: number): string {
    if (index < 0 || index >= this.length) throw new RangeError(`no string ${index}`)
    const pack = Math.floor(index / PER_PACK)
    if (pack === this.packs.length) return this.batch[index % PER_PACK]
    const start = index % PER_PACK === 0 ? 0 : this.ends[index - 1]
    return this.packs[pack].slice(start, this.ends[index])
  }
}
