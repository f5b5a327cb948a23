#!/usr/bin/env node
// Package bin for the headless CLI: runs the esbuild bundle of cli/brief.ts.
require('../dist/cli/brief.cjs');
