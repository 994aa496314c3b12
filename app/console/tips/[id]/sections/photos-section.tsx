import styles from '@/lib/ui/triage/triage.module.css';
import type { TipSectionProps } from './props';

export function PhotosSection({ tip, t }: TipSectionProps) {
  // Photos sent later with a message are listed under that message, not here.
  const tipPhotos = tip.attachments.filter((attachment) => !attachment.messageId);
  return (
    <section className="card" aria-labelledby="photos-title">
      <h2 id="photos-title">{t('triage.photosTitle')}</h2>
      {tipPhotos.length === 0 ? (
        <p>{t('triage.noPhotos')}</p>
      ) : (
        <div className={styles.photos}>
          {tipPhotos.map((photo, index) => (
            <figure key={photo.id}>
              {/* eslint-disable-next-line @next/next/no-img-element -- photos are sanitised blobs behind the console's own auth; next/image would re-fetch and cache them */}
              <img src={`/console/tips/${tip.id}/photos/${photo.id}`} alt={t('triage.photoAlt', { n: index + 1 })} width={photo.width} height={photo.height} loading="lazy" />
              <figcaption>{t('triage.photoHash', { hash: photo.sha256 })}</figcaption>
            </figure>
          ))}
        </div>
      )}
    </section>
  );
}
