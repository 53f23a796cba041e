// Loaded only when two tabs changed the same store at once (see `followOtherTabs`), so the merge
// rules stay off the first page's JavaScript.
export { mergeGoals, mergeProgress, mergeQuiz, mergeReview, mergeRoleplay, mergeSandbox } from '../domain';
