export { evaluate, routeOrder } from './evaluate';
export { relevantFields } from './relevance';
export { householdSchema, memberSchema, evaluationSchema, formatIssues, routeIds } from './schema';
export type { Household, Member, Evaluation, RouteId, Result, ConditionState } from './schema';
