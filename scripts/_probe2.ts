import { textFeatures } from '@/lib/dedup/text-features';
import { skeleton } from '@/lib/dedup/romanise';
const b026 = textFeatures("시아누크빌 럭키스타(幸运星) 빌딩, 파란 유리로 된 12층 건물입니다. 빨간 철문이 있고 철조망이 둘러져 있어요. 한국인도 몇 명 있다고 들었습니다. 관리자는 '아롱'이라고 불립니다.");
console.log(skeleton('fortune'), b026.scripts.chunks, b026.scripts.latin);
