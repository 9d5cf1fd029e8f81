/**
 * The in-context window choice: a bank of LegT constructions with windows from a few dt to the whole context, run
 * side by side, whose prediction follows (or weights) the members with the smallest recent one-step errors.
 *
 * @see arXiv:2407.09375
 */
export type { BankPrediction, BankWeighting, CombineOptions, WindowBank, WindowBankMember } from './types.ts';
export { BANK_WEIGHTINGS } from './types.ts';
export { windowBankMembers } from './windowBankMembers.ts';
export type { WindowBankMembersOptions } from './windowBankMembers.ts';
export { windowBank } from './windowBank.ts';
export type { WindowBankOptions } from './windowBank.ts';
export { combineOnline } from './combineOnline.ts';
export { bankPredict } from './bankPredict.ts';
export type { BankPredictOptions } from './bankPredict.ts';
