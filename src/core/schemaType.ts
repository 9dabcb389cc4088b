/**
 * Compile-time agreement of a TypeScript type and a JSON Schema written `as const`:
 * {@link SchemaType} reads the type a schema accepts, and the checks below fail tsc, naming
 * the field, when a type and that schema disagree: a type `T` agrees with schema `S` when
 * `Fits<T, SchemaType<S>>`, `Fits<SchemaType<S>, T>` and `NoFields<UncheckedFields<T, SchemaType<S>>>`
 * all resolve (the same field types, the same required fields, no field the schema leaves
 * unchecked). Type-level only: nothing here runs.
 *
 * Covers the draft-07 keywords letgo's schemas use: `const`, `enum`, `type` (one name or an
 * array of names), `items`, `properties` with `required`, and `additionalProperties` for an
 * object without `properties`. Bounds (`minimum`, `pattern`...) narrow no type.
 */

/** The type of one JSON type name (`integer` is a number). */
type Primitive<N> = N extends 'string' ? string : N extends 'number' | 'integer' ? number : N extends 'boolean' ? boolean : N extends 'null' ? null : never;

/** `T` written out as one object type (readable in tsc's messages). */
type Flat<T> = { [K in keyof T]: T[K] };

/** The object type of `properties` P of which the keys R are required. */
type ObjectOf<P, R> = Flat<
  { -readonly [K in keyof P as K extends R ? K : never]-?: SchemaType<P[K]> } & { -readonly [K in keyof P as K extends R ? never : K]?: SchemaType<P[K]> }
>;

/** The TypeScript type of the values JSON Schema `S` accepts. */
export type SchemaType<S> = S extends { const: infer C }
  ? C
  : S extends { enum: readonly (infer E)[] }
    ? E
    : S extends { type: 'array'; items: infer I }
      ? SchemaType<I>[]
      : S extends { type: 'object'; properties: infer P }
        ? ObjectOf<P, S extends { required: readonly (infer R)[] } ? R : never>
        : S extends { type: 'object'; additionalProperties: infer A }
          ? Record<string, SchemaType<A>>
          : S extends { type: readonly (infer N)[] }
            ? Primitive<N>
            : S extends { type: infer N }
              ? Primitive<N>
              : unknown;

/** Every field path of `T` (`/a/b`, `[]` for an array's items), optional fields included. */
type FieldPaths<T, P extends string = ''> = T extends readonly (infer E)[]
  ? FieldPaths<E, `${P}[]`>
  : T extends object
    ? { [K in keyof T & string]-?: `${P}/${K}` | FieldPaths<NonNullable<T[K]>, `${P}/${K}`> }[keyof T & string]
    : never;

/** `A`, when it is assignable to `B`: tsc names the first field that is not. */
export type Fits<A extends B, B> = A;

/** The fields (paths, see FieldPaths) of `T`, optional ones included, that the schema type `S` lacks: unchecked by the schema. */
export type UncheckedFields<T, S> = Exclude<FieldPaths<T>, FieldPaths<S>>;

/** `Paths`, when there is none: tsc lists them otherwise. */
export type NoFields<Paths extends never> = Paths;
