import { readFileSync } from 'node:fs';
import { parseWithFamilies } from '../lib/parse/index';
for (const f of process.argv.slice(2)) console.log(f, JSON.stringify(parseWithFamilies(readFileSync(f, 'utf8')).map((x: any) => [x.family, x.finding?.operation, x.finding?.errorCode, x.finding?.category])));
