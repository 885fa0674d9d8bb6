/**
 * Compile-time check that a runtime list names every member of a string union.
 *
 * The IPC schemas repeat some engine unions (verdicts, diagnosis codes) as runtime lists; when
 * someone adds a member to the union, this makes the build fail until the list follows, instead
 * of replies failing validation at runtime.
 */
export type MissingFrom<Union extends string, List extends readonly string[]> = Exclude<Union, List[number]>;

export function assertListsAll<Union extends string>() {
  return <const List extends readonly Union[]>(list: List & ([MissingFrom<Union, List>] extends [never] ? unknown : { missing: MissingFrom<Union, List> })): List => list;
}
