/**
 * Dense float64 linear algebra: matrices, products, norms, LU, QR and triangular solves, the matrix exponential,
 * Hessenberg reduction and shifted Hessenberg solves, the symmetric eigendecomposition (tridiagonal QL and cyclic
 * Jacobi), the skew-symmetric eigensolver, the SVD and the spectral radius.
 */
export type { Matrix } from './matrix.ts';
export { zeros, identity, fromRows, toRows, at, isMatrix } from './matrix.ts';

export { add, sub, scale } from './elementwise.ts';
export { matmul, matvec } from './matmul.ts';
export { transpose } from './transpose.ts';
export { norm1, normInf } from './norms.ts';
export type { LUFactorization } from './lu.ts';
export { lu, luSolve, luSolveMatrix } from './lu.ts';
export { solve } from './solve.ts';
export { inverse } from './inverse.ts';
export type { TriangularOptions } from './triangular.ts';
export { solveLowerTriangular, solveUpperTriangular } from './triangular.ts';
export { expm } from './expm.ts';
export type { HessenbergDecomposition } from './hessenberg.ts';
export { hessenberg } from './hessenberg.ts';
export type { SymmetricEigen } from './symmetricTridiagonalEigen.ts';
export { symmetricTridiagonalEigen } from './symmetricTridiagonalEigen.ts';
export type { SkewSymmetricEigen, SkewSymmetricEigenOptions } from './skewSymmetricEigen.ts';
export { skewSymmetricEigen } from './skewSymmetricEigen.ts';
export type { ComplexMatrix } from './shiftedHessenbergSolve.ts';
export { shiftedHessenbergSolve } from './shiftedHessenbergSolve.ts';
export type { JacobiEigen, SymmetricEigenOptions } from './symmetricEigen.ts';
export { symmetricEigen } from './symmetricEigen.ts';
export type { SpectralRadiusOptions } from './spectralRadius.ts';
export { spectralRadius } from './spectralRadius.ts';
export type { QrReduction } from './householderQr.ts';
export { householderQr } from './householderQr.ts';
export type { SingularValueDecomposition, SvdJacobiOptions } from './svdJacobi.ts';
export { svdJacobi } from './svdJacobi.ts';
