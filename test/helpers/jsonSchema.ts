/**
 * A JSON Schema (draft-07) validator for the keywords Factline's schemas use, so that a test can
 * check documents against `facts/facts.schema.json` without a validation library. A keyword it does
 * not know is an error, never silently passed.
 */
type Schema = Record<string, any>;

const ANNOTATIONS = new Set(['$schema', 'title', 'description']);
const KEYWORDS = new Set([
  ...ANNOTATIONS, 'definitions', '$ref', 'type', 'properties', 'required', 'additionalProperties', 'items', 'enum', 'const',
  'pattern', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'minLength', 'minItems', 'maxItems', 'anyOf', 'allOf', 'if', 'then', 'else',
]);

/** The errors of a document against a schema, each as "path: what is wrong"; empty when valid. */
export function validate(root: Schema, document: unknown): string[] {
  return validateAt(root, root, document, '$');
}

function check(root: Schema, schema: Schema, value: unknown, at: string, errors: string[]): void {
  for (const key of Object.keys(schema)) if (!KEYWORDS.has(key)) throw new Error(`schema keyword "${key}" at ${at} is not supported by this validator`);
  if (schema.$ref) {
    const target = (schema.$ref as string).replace(/^#\//, '').split('/').reduce((s: Schema, part) => s?.[part], root);
    if (!target) throw new Error(`unresolved $ref ${schema.$ref}`);
    check(root, target, value, at, errors);
  }
  const fail = (message: string) => void errors.push(`${at}: ${message}`);
  if (schema.type && !hasType(value, schema.type)) return fail(`expected ${schema.type}, got ${JSON.stringify(value)}`);
  if (schema.enum && !schema.enum.includes(value)) fail(`expected one of ${schema.enum.join(', ')}`);
  if ('const' in schema && value !== schema.const) fail(`expected ${JSON.stringify(schema.const)}`);
  if (typeof value === 'string') {
    if (schema.pattern && !new RegExp(schema.pattern, 'u').test(value)) fail(`does not match ${schema.pattern}`);
    if (schema.minLength !== undefined && value.length < schema.minLength) fail(`shorter than ${schema.minLength}`);
  }
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) fail(`below ${schema.minimum}`);
    if (schema.maximum !== undefined && value > schema.maximum) fail(`above ${schema.maximum}`);
    if (schema.exclusiveMinimum !== undefined && value <= schema.exclusiveMinimum) fail(`not above ${schema.exclusiveMinimum}`);
    if (schema.exclusiveMaximum !== undefined && value >= schema.exclusiveMaximum) fail(`not below ${schema.exclusiveMaximum}`);
  }
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems) fail(`fewer than ${schema.minItems} items`);
    if (schema.maxItems !== undefined && value.length > schema.maxItems) fail(`more than ${schema.maxItems} items`);
    if (schema.items) value.forEach((item, i) => check(root, schema.items, item, `${at}[${i}]`, errors));
  }
  if (isObject(value)) {
    for (const key of schema.required ?? []) if (!(key in value)) fail(`missing "${key}"`);
    for (const [key, item] of Object.entries(value)) {
      const property = schema.properties?.[key];
      if (property) check(root, property, item, `${at}.${key}`, errors);
      else if (schema.additionalProperties === false) fail(`unknown property "${key}"`);
    }
  }
  if (schema.anyOf && !schema.anyOf.some((s: Schema) => !validateAt(root, s, value, at).length)) fail('matches none of anyOf');
  for (const s of schema.allOf ?? []) check(root, s, value, at, errors);
  if (schema.if) {
    const branch = validateAt(root, schema.if, value, at).length ? schema.else : schema.then;
    if (branch) check(root, branch, value, at, errors);
  }
}

function validateAt(root: Schema, schema: Schema, value: unknown, at: string): string[] {
  const errors: string[] = [];
  check(root, schema, value, at, errors);
  return errors;
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case 'object':
      return isObject(value);
    case 'array':
      return Array.isArray(value);
    case 'integer':
      return Number.isInteger(value);
    default:
      return typeof value === type;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
