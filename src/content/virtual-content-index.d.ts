declare module 'virtual:content-index' {
  export const causes: readonly unknown[];
  export const flow: unknown;
}
