export { validateRecords } from './validateRecords';
export { validateMentions } from './validateMentions';
export { claimConflicts, type Conflict, type ConflictKind } from './claimConflicts';
export { mentionConflicts, type MentionConflict } from './mentionConflicts';
export { dateSpan, datesOverlap } from './dateSpan';
export { VERDICT_WORDS } from './verdictWords';
export { articleReliability, type Reliability } from './articleReliability';
export { claimReview, jsonLdText } from './claimReview';
