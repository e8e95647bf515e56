// @ts-check
// Writes schema/*.json from the zod schemas in the build (npm run schema). A test fails when the
// shipped files and the schemas differ, so the contract cannot drift silently.
import { mkdirSync, writeFileSync } from 'node:fs'

// Imported by computed URL: the type checker reads src/, not the built copy of it.
const schemaModule = new URL('../dist/report-schema.js', import.meta.url).href
const { jsonSchemas, toJsonSchema } = await import(schemaModule)

mkdirSync(new URL('../schema/', import.meta.url), { recursive: true })
for (const [file, schema] of Object.entries(/** @type {Record<string, unknown>} */ (jsonSchemas))) {
  writeFileSync(
    new URL(`../schema/${file}`, import.meta.url),
    `${JSON.stringify(toJsonSchema(schema, file), null, 2)}\n`,
  )
  console.log(`wrote schema/${file}`)
}
