#!/usr/bin/env node
// The whole program lives in dist/ (built from src/ by `npm run build`).
import { main } from '../dist/cli.js'

process.exitCode = await main(process.argv)
