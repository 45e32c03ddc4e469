/** A request the annotator cannot satisfy (no spreadsheet inputs, one output file for many inputs …): a usage error. */
export class AnnotateError extends Error {}
