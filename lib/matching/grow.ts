/** Typed arrays of the index, doubled (or grown to `minLength`) with their contents kept. */

export function growFloat64(array: Float64Array): Float64Array {
  const grown = new Float64Array(array.length * 2);
  grown.set(array);
  return grown;
}

export function growInt32(array: Int32Array, minLength = 0): Int32Array {
  const grown = new Int32Array(Math.max(minLength, array.length * 2));
  grown.set(array);
  return grown;
}
