// Local debugging aid (not a section): prints findings, fixes and engine probes for corpus ids.
import { explain } from '../../lib/explain/index';
import { parse } from '../../lib/parse/index';
import { checkExplanation } from './_fix-check';
import { corpusPath, readCorpus } from './_parse-corpus';
const ids = new Set(process.argv.slice(2));
for (const line of readCorpus(corpusPath(undefined))) {
  if (!ids.has(line.id)) continue;
  for (const f of parse(line.text)) {
    const e = await explain(f, { lang: 'en' });
    const c = await checkExplanation(e);
    console.log('====', line.id, JSON.stringify({ ...f, message: f.message.slice(0, 200) }));
    console.log('verdict:', e.verdict);
    for (const [i, fx] of e.fixes.entries()) {
      console.log(`-- fix ${i} ${fx.target} ${fx.who} ${fx.attachTo}`, JSON.stringify(fx.policy));
    }
    for (const ck of c.checked) console.log('   check', ck.index, ck.ok, JSON.stringify(ck.probes));
  }
}
