/**
 * The placeholders of an ICU message, worked out by the type checker from the English text, so
 * `t('rounds', { count: 3 })` with a misspelt or missing placeholder does not compile.
 *
 * The walk keeps a stack of what each `{` opened: at the top level and inside an option's text
 * a `{` opens an argument (its name is what follows, up to `,` or `}`); inside an argument a `{`
 * opens an option's text ("one {# round}"). Quoted braces ('{') are not used in our catalogues.
 */

type Frame = 'arg' | 'text';
type Pop<S extends Frame[]> = S extends [...infer R extends Frame[], Frame] ? R : [];
type Top<S extends Frame[]> = S extends [...Frame[], infer T] ? T : 'text';
type Trim<S extends string> = S extends ` ${infer R}` ? Trim<R> : S extends `${infer R} ` ? Trim<R> : S;
type Before<S extends string, C extends string> = S extends `${infer H}${C}${string}` ? H : S;

/** `name` and its kind from the inside of an argument: "count, plural, one {…}" → ["count", "plural"]. */
type ArgOf<Inside extends string> =
  Before<Before<Inside, '}'>, '{'> extends infer Head extends string
    ? Head extends `${infer Name},${infer Kind}`
      ? [Trim<Name>, Trim<Before<Kind, ','>>]
      : [Trim<Head>, 'none']
    : never;

type Walk<S extends string, Stack extends Frame[], Found> = S extends `${infer Pre}{${infer Post}`
  ? Pre extends `${string}}${infer AfterClose}`
    ? Walk<`${AfterClose}{${Post}`, Pop<Stack>, Found>
    : Top<Stack> extends 'arg'
      ? Walk<Post, [...Stack, 'text'], Found>
      : Walk<Post, [...Stack, 'arg'], Found | ArgOf<Post>>
  : Found;

/** The value a placeholder of this kind takes: a count for plural and number, a key for select. */
type ValueOf<Kind> = Kind extends 'plural' | 'selectordinal' | 'number'
  ? number
  : Kind extends 'select'
    ? string
    : Kind extends 'date' | 'time'
      ? number | Date
      : string | number;

/** The tags of a message ("<link>Open</link>" → "link"): rich messages fill them with elements. */
export type TagsOf<S extends string> = S extends `${string}<${infer Name}>${infer Rest}`
  ? Name extends `/${string}`
    ? TagsOf<Rest>
    : Name | TagsOf<Rest>
  : never;

/** The placeholders of message `S` with their value types: `{}` when it has none. */
export type ParamsOf<S extends string> = {
  [A in Walk<S, [], never> as A extends [infer N extends string, unknown] ? N : never]: A extends [string, infer K]
    ? ValueOf<K>
    : never;
};

/** The arguments after the key: none for a message without placeholders, else its params object. */
export type ParamArgs<S extends string> = keyof ParamsOf<S> extends never ? [] : [params: ParamsOf<S>];
