#!/usr/bin/env node
// Checks a data package with Frictionless' own JavaScript implementation (npm "datapackage"),
// independently of Tablebook's Java validator: the descriptor against its profile's JSON Schema
// (and each resource against its own profile), then every tabular resource read whole, cast to its
// schema, with its foreign keys resolved.
//
// Usage: node check-datapackage.js [DIR]   (DIR defaults to the repository's datasets/)
// Exits 0 when the package is valid, 1 with one problem per line on stderr otherwise, and 2 when
// the library itself is missing.
'use strict'

const fs = require('fs')
const path = require('path')

let Package
try {
  ;({ Package } = require('datapackage'))
} catch (error) {
  console.error(`the npm package "datapackage" is not installed in ${__dirname}/node_modules: run \`npm ci --prefix ${__dirname}\``)
  process.exit(2)
}

const dir = path.resolve(process.argv[2] || path.join(__dirname, '..', '..', '..', 'datasets'))
const descriptorFile = path.join(dir, 'datapackage.json')
const shown = shownPath(descriptorFile)

async function problems() {
  const found = []
  let pkg
  try {
    pkg = await Package.load(descriptorFile, { basePath: dir })
  } catch (error) {
    return { found: [`${shown}: cannot be loaded: ${oneLine(error.message)}`] }
  }
  // Package.errors only says "Resource X validation error(s)": list the profiles' own errors instead.
  const { errors } = pkg.profile.validate(pkg.descriptor)
  found.push(...errors.map((e) => `${shown}: package profile "${pkg.descriptor.profile}": ${oneLine(e.message)}`))
  for (const resource of pkg.resources) {
    const name = resource.name
    found.push(...resource.errors.map((e) => `${shown} resource "${name}" (profile "${resource.descriptor.profile}"): ${oneLine(e.message)}`))
    // The library leaves a missing file's stream error unhandled, so check for the file first.
    if (resource.local && typeof resource.descriptor.path === 'string' && !fs.existsSync(path.join(dir, String(resource.descriptor.path)))) {
      found.push(`${fileOf(resource)} (resource "${name}"): the file is missing`)
      continue
    }
    // The library fails with a TypeError on a foreign key to a resource it does not have: name it instead.
    const foreignKeys = ((resource.descriptor.schema || {}).foreignKeys || [])
    const unknown = foreignKeys.map((fk) => (fk.reference || {}).resource).filter((r) => r && !pkg.getResource(r))
    if (unknown.length) {
      found.push(...unknown.map((r) => `${shown} resource "${name}": a foreign key refers to the resource "${r}", which the package does not have`))
      continue
    }
    if (resource.descriptor.profile !== 'tabular-data-resource') {
      try {
        const bytes = await readAll(await resource.rawIter({ stream: true }))
        console.log(`${name}: ${bytes.length} bytes, not tabular (profile "${resource.descriptor.profile}")`)
      } catch (error) {
        found.push(`${fileOf(resource)} (resource "${name}"): cannot be read: ${oneLine(error.message)}`)
      }
      continue
    }
    try {
      const rows = await resource.read({ relations: true })
      console.log(`${name}: ${rows.length} rows, foreign keys resolved`)
    } catch (error) {
      const details = (error.errors || []).map((e) => oneLine(e.message))
      found.push(`${fileOf(resource)} (resource "${name}"): ${oneLine(error.message)}`
        + (details.length ? ': ' + details.join('; ') : ''))
    }
  }
  return { profile: pkg.descriptor.profile, found }
}

// The library's own rawRead() leaves a stream error (such as a missing file) unhandled: read here instead.
function readAll(stream) {
  return new Promise((resolve, reject) => {
    const chunks = []
    stream.on('data', (chunk) => chunks.push(chunk))
    stream.on('error', reject)
    stream.on('end', () => resolve(Buffer.concat(chunks)))
  })
}

function fileOf(resource) {
  return shownPath(path.join(dir, String(resource.descriptor.path)))
}

// A file as the user should see it: relative to the working directory when inside it.
function shownPath(file) {
  const relative = path.relative(process.cwd(), file)
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file
}

function oneLine(text) {
  return String(text).replace(/\s+/g, ' ').trim()
}

process.on('uncaughtException', (error) => {
  console.error(`${shown}: the check itself failed: ${error.stack || error}`)
  process.exit(1)
})

problems().then(
  ({ profile, found }) => {
    if (found.length === 0) {
      console.log(`${shown}: valid for the npm datapackage library (profile "${profile}")`)
      return
    }
    found.forEach((p) => console.error(p))
    console.error(found.length === 1 ? '1 problem' : `${found.length} problems`)
    process.exitCode = 1
  },
  (error) => {
    console.error(`${shown}: the check itself failed: ${error.stack || error}`)
    process.exitCode = 1
  })
