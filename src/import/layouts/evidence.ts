/** What the reader saw on a workbook, for deciding the layout. */
export interface LayoutEvidence {
  /** normalized header and label words seen */
  words: Set<string>;
  personalColumns: boolean;
  unitCodeColumn: boolean;
  operatorOrWeightColumn: boolean;
  keyValueBlock: boolean;
}

export function emptyEvidence(): LayoutEvidence {
  return { words: new Set(), personalColumns: false, unitCodeColumn: false, operatorOrWeightColumn: false, keyValueBlock: false };
}

/** One table layout (表样) perflint knows: how to recognise it and what its header always holds. */
export interface Layout {
  id: string;
  /** recognised from what the reader saw; layouts are tried in registry order */
  detect(evidence: LayoutEvidence): boolean;
  /** the header cells its tables always have, as printed: what a forced `--layout` must find */
  expectedHeaders: readonly string[];
}
