import { fuzzTier } from './fuzz-tier.ts';

// One part of the fuzz tier per file, so that the parts run side by side (see fuzz-tier.ts).
fuzzTier(1, 2);
