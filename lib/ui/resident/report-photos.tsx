'use client';

/** Photos (optional): previewed on the phone, checked against the server's limits before sending. */
import { type ChangeEvent, memo, useCallback, useEffect, useState } from 'react';
import type { ClientT } from './client-t';
import { describedBy, FieldError } from './report-field-parts';
import { MAX_PHOTO_BYTES, MAX_PHOTOS } from './report-values';
import styles from './resident.module.css';

/** The chosen photos' previews and what is wrong with them; the form refuses to send while `error` is set. */
export function usePhotoChoice(t: ClientT) {
  const [error, setError] = useState('');
  const [previews, setPreviews] = useState<string[]>([]);

  useEffect(() => () => previews.forEach((url) => URL.revokeObjectURL(url)), [previews]);

  const onChange = useCallback(
    (event: ChangeEvent<HTMLInputElement>) => {
      const files = Array.from(event.target.files ?? []);
      setPreviews(files.slice(0, MAX_PHOTOS).map((file) => URL.createObjectURL(file)));
      if (files.length > MAX_PHOTOS) setError(t('report.errors.tooManyPhotos'));
      else if (files.some((file) => file.size > MAX_PHOTO_BYTES)) setError(t('report.errors.photoTooLarge'));
      else setError('');
    },
    [t],
  );
  const clearPreviews = useCallback(() => setPreviews([]), []);
  return { error, previews, onChange, clearPreviews };
}

export const PhotoStep = memo(function PhotoStep({ t, error, previews, onChange }: { t: ClientT; error: string; previews: string[]; onChange: (event: ChangeEvent<HTMLInputElement>) => void }) {
  return (
    <fieldset className={styles.fieldset}>
      <legend>
        {t('report.stepEvidence')} ({t('report.optional')})
      </legend>
      <div className="form-field">
        <label htmlFor="photos">{t('report.photos')}</label>
        {/* No HEIC in the list: iPhones then hand over a JPEG, which the server can decode. */}
        <input id="photos" name="photos" type="file" accept="image/jpeg,image/png,image/webp" multiple onChange={onChange} aria-describedby={describedBy('photos', error || undefined, true)} />
        <span id="photos-hint" className="form-field__hint">
          {t('report.photosHint')}
        </span>
        <FieldError id="photos" message={error || undefined} />
        {previews.length > 0 && (
          <ul className={styles.thumbs} aria-label={t('report.photosChosen', { count: previews.length })}>
            {previews.map((url, index) => (
              <li key={url}>
                {/* eslint-disable-next-line @next/next/no-img-element -- a local blob: preview, never uploaded as is */}
                <img src={url} alt={`${index + 1}`} />
              </li>
            ))}
          </ul>
        )}
      </div>
    </fieldset>
  );
});
