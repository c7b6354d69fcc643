// Workload recognition: who really made the denied call (a Lambda function, an ECS task, a CI run …), which of
// its roles the fix must land on, and why.
export { recognizeWorkload, guessWorkload, readClues, toWorkloadGuess } from './recognize';
export { contextAround } from './context';
export { describeWorkloadTarget, summarize } from './target';
export type { WorkloadTarget } from './target';
export { PATTERNS } from './patterns';
export type { WorkloadGuess, Alternative, Platform, CdkRole, PatternRow } from './types';
export type { RecognizeOptions } from './recognize';
