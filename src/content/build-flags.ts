// What kind of build this is. vite.config.ts defines __POST_COACH_QA__ (POST_COACH_QA=1 at build time); the shipped
// build has it false, so the minifier drops every QA-only branch; unit tests, which define nothing, run as shipped.
declare const __POST_COACH_QA__: boolean | undefined;

/** True only in a QA build: the overlay then tells tests what it found (data attributes, an open shadow root). */
export const QA_BUILD: boolean = typeof __POST_COACH_QA__ !== 'undefined' && __POST_COACH_QA__ === true;
