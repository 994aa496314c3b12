import { Fragment } from 'react';
import styles from './resident.module.css';

/**
 * A code people copy onto paper (tip code, passphrase, voucher): its groups never break in
 * the middle on a narrow phone; a line may only break between groups. The text read or
 * selected is the code as given.
 */
export function GroupedCode({ value }: { value: string }) {
  const parts = value.split(/([-\s]+)/);
  return (
    <>
      {parts.map((part, index) =>
        index % 2 === 1 ? (
          <Fragment key={index}>
            {part}
            <wbr />
          </Fragment>
        ) : (
          <span key={index} className={styles.codeGroup}>
            {part}
          </span>
        ),
      )}
    </>
  );
}
