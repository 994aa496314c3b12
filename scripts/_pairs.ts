import { readFileSync } from 'node:fs';
import { prepareTip, scorePair } from '@/lib/dedup/score-pair';
const [file, ...pairs] = process.argv.slice(2);
const tips = new Map<string, any>();
for (const l of readFileSync(file!, 'utf8').split('\n').filter(Boolean)) { const x = JSON.parse(l); tips.set(x.ref, x); }
const cat = (c: string) => c;
const prep = (x: any) => prepareTip({ id: x.ref, category: cat(x.category), lat: x.lat, lng: x.lng, accuracyM: null, at: new Date(x.observedAt ?? '2026-12-01'), text: x.description, photos: [] });
for (const p of pairs) { const [a, b] = p.split('-'); const s = scorePair(prep(tips.get(a)), prep(tips.get(b)), { radiusM: 500 }); console.log(p, s.score, s.distanceM, s.reasons.map((r: any) => `${r.code}${r.names ? ':' + r.names : ''}${r.concepts ? ':' + r.concepts : ''}(${r.weight})`).join(' ')); }
