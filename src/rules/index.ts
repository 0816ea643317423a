/** The rule engine's public API (contract v1: shared/contracts/household-v1.md). */
export { evaluate, evaluateMember, routeOrder, routes, toOutput } from './evaluate';
export { relevantFields } from './relevance';
export { answerFields, decide } from './conditions';
export type { AnswerField, Checked, Condition, FieldPath, Kind, Route, RouteEvaluation, TestResult } from './conditions';
export { householdSchema, memberSchema, evaluationSchema, formatIssues, routeIds } from './schema';
export type { Household, Member, Evaluation, RouteId, Result, ConditionState } from './schema';
export { law, legalState, openPoints, overdueFor, reviewDueFrom, type OpenPoint } from './law';
