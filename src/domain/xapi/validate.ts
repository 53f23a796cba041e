export { statementProblems, agentProblems, VOIDED_VERB } from './statement-rules';
