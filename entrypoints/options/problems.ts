import { createProblems } from '../../utils/problems';

/** The options page's problems (shown at the top of the page by <Problems>). */
export const optionsProblems = createProblems();
