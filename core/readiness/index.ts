// core/readiness: one readiness check for the app, the CLI and export.
export {
  checkReadiness,
  describeProblem,
  exportRefusals,
  isReady,
  REFUSES_EVERY_EXPORT,
  type ReadinessInput,
} from './checkReadiness';
export { driftProblems, type PackVersions } from './driftChecks';
export { FACT_MAX_AGE_DAYS } from './factChecks';
export { PLACEHOLDER_PATTERN, placeholdersIn } from './textChecks';
export {
  READINESS_KINDS,
  type BookField,
  type ReadinessKind,
  type ReadinessProblem,
  type Severity,
} from './types';
