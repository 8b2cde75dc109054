#!/usr/bin/env node
// Validates Camunda 8 element templates against the official JSON schema
// (@camunda/zeebe-element-templates-json-schema), with the schema's own error messages.
// Usage: node validate-element-templates.js <template.json>...   Exit code 1 when any file is invalid.
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const Ajv = require('ajv');
const addErrorMessages = require('ajv-errors');
const schema = require('@camunda/zeebe-element-templates-json-schema/resources/schema.json');
const errorMessages = require('@camunda/zeebe-element-templates-json-schema/resources/error-messages.json');
const schemaVersion = require('@camunda/zeebe-element-templates-json-schema/package.json').version;

// The published schema ships its readable messages separately, as (schema path, errorMessage) pairs.
function withErrorMessages(baseSchema, messages) {
  const merged = structuredClone(baseSchema);
  for (const { path: schemaPath, errorMessage } of messages) {
    let node = merged;
    for (const key of schemaPath) {
      if (node[key] === undefined) {
        throw new Error(`error-messages.json points to a missing schema path: ${schemaPath.join('/')}`);
      }
      node = node[key];
    }
    node.errorMessage = errorMessage;
  }
  return merged;
}

function createTemplateValidator() {
  // The schema uses draft-07 plus Camunda's own annotation keywords, so strict mode must be off.
  const ajv = new Ajv({ allErrors: true, strict: false });
  addErrorMessages(ajv);
  const fullSchema = withErrorMessages(schema, errorMessages);
  ajv.addSchema(fullSchema);
  // Validating each template against the template definition (rather than the root "template or list of
  // templates" oneOf) keeps the reported errors to the ones that matter.
  return ajv.getSchema(`${fullSchema.$id}#/definitions/template`);
}

function describe(error) {
  const where = error.instancePath || '(template root)';
  const detail = error.keyword === 'additionalProperties' ? ` '${error.params.additionalProperty}'` : '';
  return `${where}: ${error.message}${detail}`;
}

function validateFile(file, validateTemplate, seenIds) {
  let document;
  try {
    document = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    return [`cannot read as JSON: ${error.message}`];
  }
  const templates = Array.isArray(document) ? document : [document];
  const problems = [];
  templates.forEach((template, index) => {
    const prefix = Array.isArray(document) ? `[${index}] ` : '';
    if (!validateTemplate(template)) {
      // An "if" error only repeats that its "then" branch failed; the branch's own error is reported.
      const messages = new Set(validateTemplate.errors.filter((error) => error.keyword !== 'if').map(describe));
      messages.forEach((message) => problems.push(prefix + message));
      return;
    }
    // The Modeler keeps only one template per (id, version); a duplicate silently shadows the other.
    const key = `${template.id}@${template.version ?? '-'}`;
    if (seenIds.has(key)) {
      problems.push(`${prefix}template id '${template.id}' version ${template.version ?? '(none)'} is already defined in ${seenIds.get(key)}`);
    } else {
      seenIds.set(key, file);
    }
  });
  return problems;
}

function main(files) {
  if (files.length === 0) {
    console.log('Element templates: none to validate.');
    return 0;
  }
  const validateTemplate = createTemplateValidator();
  const seenIds = new Map();
  let invalid = 0;
  for (const file of files) {
    const problems = validateFile(file, validateTemplate, seenIds);
    if (problems.length > 0) {
      invalid++;
      console.error(`\n${path.resolve(file)}`);
      problems.forEach((problem) => console.error(`  error  ${problem}`));
    }
  }
  if (invalid > 0) {
    console.error(`\n✖ ${invalid} of ${files.length} element template file(s) invalid`
      + ` (schema @camunda/zeebe-element-templates-json-schema ${schemaVersion})`);
    return 1;
  }
  console.log(`Element templates: ${files.length} file(s) valid against `
    + `@camunda/zeebe-element-templates-json-schema ${schemaVersion}.`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
