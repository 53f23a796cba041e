// The question and its feedback, as other pages (the review) get them from the app shell.
export { Question } from './question';
export { ItemFeedback } from './item-feedback';
import './quiz.css';
