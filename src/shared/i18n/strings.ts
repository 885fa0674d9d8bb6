/** The shape of a translation of `T`: the same tree of keys, every leaf a string. */
export type Strings<T> = T extends string ? string : { [K in keyof T]: Strings<T[K]> };
