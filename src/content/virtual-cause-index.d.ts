declare module 'virtual:cause-index' {
  import type { CauseSummary } from '../engine/content-schema';

  const causes: readonly CauseSummary[];
  export default causes;
}
