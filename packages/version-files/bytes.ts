/**
 * A version file is edited as bytes, not as decoded text: a latin-1 byte in a comment must
 * survive a bump (decoding and re-encoding would turn it into EF BF BD). The readers work on the
 * decoded text; these map their offsets back to bytes.
 */

const utf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true })

/** The text of `bytes` as UTF-8; each byte that is not UTF-8 becomes one U+FFFD. */
export function decodeBytes(bytes: Uint8Array): string {
  return utf8.decode(bytes)
}

/**
 * The byte offset of each UTF-16 offset of `decodeBytes(bytes)` (one entry per code unit, plus
 * the end). Mirrors the decoder: a malformed sequence is one U+FFFD per maximal bad prefix.
 */
export function byteOffsets(bytes: Uint8Array): number[] {
  const offsets: number[] = []
  let i = 0
  while (i < bytes.length) {
    const length = sequenceLength(bytes, i)
    offsets.push(i)
    if (length === 4) offsets.push(i) // a surrogate pair: two code units
    i += Math.abs(length)
  }
  offsets.push(bytes.length)
  return offsets
}

/** Length of the valid UTF-8 sequence at `i`, or the negative length of the bad prefix there. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const first = bytes[i]
  if (first < 0x80) return 1
  let need: number
  let low = 0x80
  let high = 0xbf
  if (first >= 0xc2 && first <= 0xdf) need = 1
  else if (first >= 0xe0 && first <= 0xef) {
    need = 2
    if (first === 0xe0) low = 0xa0
    if (first === 0xed) high = 0x9f
  } else if (first >= 0xf0 && first <= 0xf4) {
    need = 3
    if (first === 0xf0) low = 0x90
    if (first === 0xf4) high = 0x8f
  } else return -1
  for (let k = 1; k <= need; k++) {
    const byte = bytes[i + k]
    if (byte === undefined || byte < low || byte > high) return -k
    low = 0x80
    high = 0xbf
  }
  return need + 1
}

/** `bytes` with each `[start, end)` (UTF-16 offsets of the decoded text) replaced, edits sorted or not. */
export function spliceBytes(
  bytes: Uint8Array,
  edits: Array<{ start: number; end: number; text: string }>
): Uint8Array {
  const offsets = byteOffsets(bytes)
  const sorted = [...edits].sort((a, b) => a.start - b.start)
  const parts: Uint8Array[] = []
  let at = 0
  for (const edit of sorted) {
    const start = offsets[edit.start]
    parts.push(bytes.subarray(at, start), new TextEncoder().encode(edit.text))
    at = offsets[edit.end]
  }
  parts.push(bytes.subarray(at))
  return Buffer.concat(parts)
}
