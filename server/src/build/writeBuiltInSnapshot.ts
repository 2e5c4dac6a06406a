/**
 * The build's last step (`npm run build:facts`): writes the built-in fact base's snapshot into the
 * folder given (`dist/`), beside the bundles that read it (see `bundledFacts`).
 */
import '../node/regexpTiers';
import path = require('path');
import { BUILT_IN_SNAPSHOT, writeBuiltInSnapshot } from '../node/bundledFacts';

writeBuiltInSnapshot(path.join(process.argv[2] ?? 'dist', BUILT_IN_SNAPSHOT));
