/** Small helpers the case pages share: 404 for hidden records. */
import { notFound } from 'next/navigation';
import { isAppError } from '@/lib/errors';

/** A record the actor may not see is a 404 page, exactly like one that does not exist. */
export async function orNotFound<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (isAppError(error) && (error.code === 'NOT_FOUND' || error.code === 'FORBIDDEN')) notFound();
    throw error;
  }
}
