import { readFileSync } from 'node:fs';
import { normalize } from '../lib/parse/normalize';
console.log(JSON.stringify(normalize(readFileSync(process.argv[2]!, 'utf8')).slice(0, 400)));
