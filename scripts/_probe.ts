import { readFileSync } from 'node:fs';
import { textFeatures } from '@/lib/dedup/text-features';
const want = process.argv.slice(2);
for (const f of ['/tmp/blind/blind-tune-a.jsonl','/tmp/blind/blind-tune-b.jsonl']) for (const l of readFileSync(f,'utf8').split('\n').filter(Boolean)) {
  const x = JSON.parse(l); if (!want.includes(x.ref)) continue;
  const t = textFeatures(x.description);
  console.log(x.ref, x.group, x.language, x.description.slice(0,200));
  console.log('   names', [...t.names], 'concepts', [...t.concepts.concepts], 'floors', [...t.concepts.floors], 'roads', [...t.concepts.roads], 'nums', [...t.numbers], 'hanNames', t.scripts.hanNames);
}
