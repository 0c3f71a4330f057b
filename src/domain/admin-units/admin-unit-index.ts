// Being written by the admin-units feature; the access policy relies on this method.
export interface AdminUnitIndex {
  /** Every unit id a user whose agency sits at rootId may see, across history. */
  scopeUnitIds(rootId: string): ReadonlySet<string>;
}
