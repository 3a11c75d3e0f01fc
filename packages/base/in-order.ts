/**
 * Independent reads sent at once, their failures reported as if sent one after the other: every
 * promise is waited for, and when any failed, the first failure in argument order (not the first
 * in time) is thrown, so the error a user reads does not depend on which server answered first.
 */
export async function allInOrder<T extends readonly unknown[]>(promises: {
  readonly [K in keyof T]: Promise<T[K]>
}): Promise<T> {
  const settled = await Promise.allSettled(promises as readonly Promise<unknown>[])
  for (const result of settled) if (result.status === 'rejected') throw result.reason
  return settled.map((r) => (r as PromiseFulfilledResult<unknown>).value) as unknown as T
}
