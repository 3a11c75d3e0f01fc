import { describe, expect, test } from '@jest/globals'
import { allInOrder } from './in-order.js'

const later = <T>(ms: number, value: T) =>
  new Promise<T>((resolve) => setTimeout(() => resolve(value), ms))
const failLater = (ms: number, message: string) =>
  new Promise<never>((_, reject) => setTimeout(() => reject(new Error(message)), ms))

describe('allInOrder', () => {
  test('returns the values in argument order', async () => {
    await expect(allInOrder([later(20, 'a'), later(1, 2)])).resolves.toEqual(['a', 2])
  })

  test('throws the first failure in argument order, not the first in time', async () => {
    await expect(
      allInOrder([failLater(30, 'first read'), failLater(1, 'second read')])
    ).rejects.toThrow('first read')
    await expect(allInOrder([later(1, 'ok'), failLater(5, 'second read')])).rejects.toThrow(
      'second read'
    )
  })
})
