import type { MetadataRoute } from 'next';
import { robotsRules } from '@/lib/perf/indexing';

export default function robots(): MetadataRoute.Robots {
  return robotsRules();
}
