export { claimConflicts, type Conflict, type ConflictKind } from './claimConflicts';
export { mentionConflicts, type MentionConflict } from './mentionConflicts';
export { datesOverlap } from './dateSpan';
export {
  CONFLICT_WORDS,
  DIFFERENCE_WORDS,
  VERDICT_MEANINGS,
  VERDICT_SIGNS,
  VERDICT_WORDS
} from './verdictWords';
export { conflictsByFigure } from './conflictsByFigure';
export { differenceLine } from './differenceLine';
export { articleReliability, type Reliability } from './articleReliability';
export { claimReview, jsonLdText } from './claimReview';
export { figureCheck, type FigureCheck } from './figureCheck';
export { checkRows, type CheckRow } from './checkRows';
export { recordValueText } from './recordValueText';
