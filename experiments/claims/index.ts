/**
 * Claims that state their name once and guard themselves: specs (atMost, atLeast, between, judged) in a table,
 * evaluated by evaluateClaims; errorClaim for a step that threw.
 *
 * @see arXiv:2407.09375
 */
export type { BoundClaimSpec, ClaimSpec, ClaimTest, Judged, JudgedClaimSpec, Measured } from './claimSpec.ts';
export { atLeast, atMost, between, judged } from './claimSpec.ts';
export { evaluateClaims } from './evaluateClaims.ts';
export { errorClaim, errorText } from './errorClaim.ts';
export type {
  BoundTable,
  ClaimKind,
  ClaimStatus,
  Deviation,
  Measurement,
  RegisteredClaim,
  Registration,
} from './registration.ts';
export {
  CLAIM_KINDS,
  POSTER_TOLERANCE,
  boundText,
  evaluateRegistered,
  nonEmpty,
  paperBand,
  passesTest,
  registerClaims,
} from './registration.ts';
