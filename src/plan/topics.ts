/**
 * Which kind of step works on which condition, and what a family brings and where it goes for it.
 * Keys only (`plan.json`: step.<topic>.*, doc.*); offices are kinds, resolved against a city's data.
 */
export type Topic = 'deadline' | 'apply' | 'find-out' | 'identity' | 'school' | 'language' | 'training' | 'work' | 'apply-from';
export type OfficeKind = 'foreigners-authority' | 'refugee-counselling' | 'school-counselling' | 'integration-centre' | 'employment-agency' | 'training-counselling' | 'job-centre' | 'social-office';

/** Condition ids (of any route) that a step of this topic works on when they are not met. */
export const topicOfCondition: Record<string, Topic> = {
  identity: 'identity', passport: 'identity', 'identity-in-time': 'identity', 'no-work-ban-60b': 'identity', 'passport-duty': 'identity',
  school: 'school', 'school-attendance': 'school', 'children-school': 'school',
  german: 'language',
  training: 'training', 'training-kind': 'training', qualification: 'training',
  'work-hours': 'work', 'work-months': 'work', 'work-permitted': 'work', livelihood: 'work', 'parent-livelihood': 'work',
};

/** A status that is not met because of § 60b is worked on through identity and passport. */
export const identityReasons = new Set(['unclear-identity', '60b-not-counted', 'passport-duty', 'no-passport', 'identity-late']);

export const documentsOf: Record<Topic, string[]> = {
  deadline: ['duldung-paper', 'passport-or-id'],
  apply: ['duldung-paper', 'passport-or-id'],
  'apply-from': ['duldung-paper'],
  'find-out': ['duldung-paper', 'letters'],
  identity: ['duldung-paper', 'passport-or-id', 'birth-certificate', 'embassy-proof'],
  school: ['school-certificate', 'school-reports'],
  language: ['language-certificate'],
  training: ['training-contract', 'school-reports'],
  work: ['work-contract', 'payslips', 'work-permission'],
};

export const officesOf: Record<Topic, OfficeKind[]> = {
  deadline: ['refugee-counselling', 'foreigners-authority'],
  apply: ['refugee-counselling', 'foreigners-authority'],
  'apply-from': ['refugee-counselling'],
  'find-out': ['refugee-counselling'],
  identity: ['refugee-counselling', 'foreigners-authority'],
  school: ['school-counselling'],
  language: ['integration-centre'],
  training: ['employment-agency', 'training-counselling'],
  work: ['employment-agency', 'job-centre'],
};

/** Urgency: dated deadlines first, then what can be done now, waiting times last. */
export const topicRank: Topic[] = ['deadline', 'apply', 'find-out', 'identity', 'school', 'language', 'training', 'work', 'apply-from'];

/** Documents a route's application needs on top of the paper and passport. */
export const applicationDocuments: Partial<Record<string, string[]>> = {
  '25a': ['school-reports', 'school-certificate'],
  '25b': ['payslips', 'language-certificate', 'school-certificate'],
  '25b-employment': ['payslips', 'language-certificate'],
  '16g': ['training-contract'],
  '60c': ['training-contract'],
  '60d': ['work-contract', 'payslips', 'language-certificate'],
  '19d': ['training-certificate', 'language-certificate'],
};
