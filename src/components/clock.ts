/** The wall clock in epoch seconds: the one impure input the engine is given. */
export function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}
