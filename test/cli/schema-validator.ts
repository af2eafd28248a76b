// The published JSON Schema, compiled by a real draft 2020-12 validator (Ajv
// with ajv-formats), for the tests that check it says what the validator says.
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { feedJsonSchema, signatoriesJsonSchema } from '../../src/cli/json-schema.js';

// Both packages are CommonJS; under Node's ESM loader their classes sit on `default`.
const Ajv = (Ajv2020 as unknown as { default: typeof Ajv2020 }).default ?? Ajv2020;
const formats = (addFormats as unknown as { default: typeof addFormats }).default ?? addFormats;

export const ajv = new Ajv({ allErrors: true, strict: true });
formats(ajv);
export const schemaAccepts = ajv.compile(feedJsonSchema());
export const listSchemaAccepts = ajv.compile(signatoriesJsonSchema());
/** The schema with `additionalProperties: false` on every object: what `validate --strict` asks. */
export const closedSchemaAccepts = ajv.compile(feedJsonSchema({ closed: true }));
