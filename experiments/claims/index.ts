/**
 * Pre-registered claims: an experiment's bound table (registerClaims) paired with its measurements
 * (evaluateRegistered); errorClaim for a step that threw.
 *
 * @see arXiv:2407.09375
 */
export type { ClaimTest, Judged, Measured } from './claimSpec.ts';
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
