import { byteOffsets, decodeBytes, spliceBytes } from './bytes.js'

describe('bytes', () => {
  it('maps every decoded offset back to its byte, through bad bytes and astral characters', () => {
    const samples = [
      Buffer.from('a\u00e9b\u{1f600}c\n', 'utf8'),
      Buffer.from([0x23, 0x20, 0xe9, 0x0a, 0x31, 0x2e, 0x32]),
      Buffer.from([0xe2, 0x82, 0x41, 0xf0, 0x9f, 0x98, 0xc3, 0x42, 0xff, 0xed, 0xa0, 0x80, 0x43])
    ]
    for (const bytes of samples) {
      const text = decodeBytes(bytes)
      const offsets = byteOffsets(bytes)
      expect(offsets).toHaveLength(text.length + 1)
      // Every ASCII character of the text sits at its byte.
      for (let i = 0; i < text.length; i++) {
        if (text.charCodeAt(i) < 0x80) expect(bytes[offsets[i]]).toBe(text.charCodeAt(i))
      }
    }
  })

  it('splices only the edited spans and keeps a latin-1 byte', () => {
    const bytes = Buffer.concat([
      Buffer.from('# caf'),
      Buffer.from([0xe9]),
      Buffer.from('\n__version__ = "1.2.0"\n')
    ])
    const text = decodeBytes(bytes)
    const start = text.indexOf('1.2.0')
    const out = spliceBytes(bytes, [{ start, end: start + 5, text: '1.3.0' }])
    expect(Buffer.from(out)).toEqual(
      Buffer.concat([
        Buffer.from('# caf'),
        Buffer.from([0xe9]),
        Buffer.from('\n__version__ = "1.3.0"\n')
      ])
    )
  })
})
