// Local debugging aid (not a section): prints the terminal text of corpus ids in a language.
import { explain } from '../../lib/explain/index';
import { formatExplanation } from '../../lib/explain/format-text';
import { parse } from '../../lib/parse/index';
import { corpusPath, readCorpus } from './_parse-corpus';
const [lang, ...ids] = process.argv.slice(2);
for (const line of readCorpus(corpusPath(undefined))) {
  if (!ids.includes(line.id)) continue;
  for (const f of parse(line.text)) {
    const e = await explain(f, { lang: lang === 'ja' ? 'ja' : 'en' });
    console.log(`==== ${line.id}\n${formatExplanation(e)}\n---- admin request\n${e.adminRequest}`);
  }
}
