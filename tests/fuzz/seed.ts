// One seed for every property of a fuzz run, printed so any failure can be replayed: `FUZZ_SEED=n npm run fuzz`.
// Without FUZZ_SEED each run explores new inputs (local runs); CI sets a fixed seed so that whether a commit lands
// does not depend on which inputs a run happened to draw — new seeds are explored locally, and each failure they
// find becomes a unit test before its fix (tests/unit/parse/properties.test.ts).
import fc from 'fast-check';

const given = Number(process.env.FUZZ_SEED);
const seed = Number.isSafeInteger(given) && process.env.FUZZ_SEED !== '' ? given : (Date.now() ^ (Math.random() * 0x7fffffff)) | 0;
fc.configureGlobal({ seed });
process.stdout.write(`fuzz seed ${seed} (replay: FUZZ_SEED=${seed} npm run fuzz)\n`);
