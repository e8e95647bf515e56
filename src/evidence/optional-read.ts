/** A read whose failure (no historical state, no such method, not a token) is a gap in the evidence, not an error. */
export const optionalRead = <T>(read: Promise<T>): Promise<T | null> => read.catch(() => null)
