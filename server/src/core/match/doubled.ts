/** A copy of `numbers` in twice the room: arrays a search reuses grow by it. */
export function doubled<T extends Int32Array | Uint32Array | Uint8Array | Float64Array>(numbers: T): T {
  const copy = new (numbers.constructor as new (length: number) => T)(2 * numbers.length);
  copy.set(numbers);
  return copy;
}
