/**
 * Where "Quick exit" leads: an ordinary recipe page on this same origin, with nothing that
 * names the tip line (no third-party request either, unlike sending people to a search engine).
 */
import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'Fish amok recipe', robots: { index: false } };

export default function ExitPage() {
  return (
    <main>
      <h1>Fish amok (អាម៉ុកត្រី)</h1>
      <p>Serves 4. Steamed fish curry in banana-leaf cups.</p>
      <h2>Ingredients</h2>
      <ul>
        <li>500 g white fish fillet, sliced</li>
        <li>400 ml coconut milk</li>
        <li>3 tbsp kroeung paste (lemongrass, galangal, turmeric, garlic, shallot)</li>
        <li>1 egg, 1 tbsp fish sauce, 1 tsp palm sugar</li>
        <li>Noni leaves or spinach, banana leaves</li>
      </ul>
      <h2>Method</h2>
      <ol>
        <li>Mix the kroeung, coconut milk, egg, fish sauce and sugar.</li>
        <li>Fold in the fish and leave for 10 minutes.</li>
        <li>Line banana-leaf cups with the leaves, fill, and steam for 20 minutes.</li>
        <li>Top with a spoon of coconut cream and sliced chilli.</li>
      </ol>
    </main>
  );
}
