#!/usr/bin/env node
/**
 * `factline-ls`: starts the language server (the bundle `language-server.js` beside this file) from
 * V8's code cache, kept beside it. Only this and what it imports are compiled afresh at each start.
 */
import './node/regexpTiers';
import path = require('path');
import { runWithCodeCache } from './node/codeCache';

const bundle = path.join(__dirname, 'language-server.js');
runWithCodeCache(bundle, `${bundle}.v8cache`);
