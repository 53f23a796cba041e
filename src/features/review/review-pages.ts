// The review's two pages load together: the check-in is reached from the review page.
export { ReviewPage } from './review-page';
export { FollowUpPage } from './follow-up-page';
