/** What a tipster may see of their own tip: a simple status, the mailbox and a reward, nothing internal. */
export type TipsterStatus = 'RECEIVED' | 'UNDER_REVIEW' | 'ACTION_TAKEN' | 'CLOSED';
export type TipsterRewardState = 'UNDER_REVIEW' | 'VOUCHER' | 'PAID' | 'EXPIRED';

export interface TipsterMessage {
  id: string;
  direction: 'TO_TIPSTER' | 'FROM_TIPSTER';
  body: string;
  /** ISO time; the tipster's own messages are floored to the hour. */
  at: string;
  photoCount: number;
  /** A standard question (issue 14): how it is answered, its choices in the tip's language. */
  question?: TipsterQuestion;
  /** The question message this message answers. */
  answersId?: string;
}

export interface TipsterQuestion {
  kind: 'YES_NO' | 'NUMBER' | 'CHOICE' | 'TIME_OF_DAY' | 'FREE_TEXT';
  /** The values to choose from and their labels in the tip's language ("I don't know" last). */
  choices: { value: string; label: string }[];
  answered: boolean;
}

export interface TipsterReward {
  state: TipsterRewardState;
  voucherCode?: string;
  /** YYYY-MM-DD */
  expiresOn?: string;
  /** Integer minor units as a decimal string (BigInt does not survive JSON). */
  amountMinor?: string;
  currency?: 'USD' | 'KHR';
}

export interface TipsterView {
  code: string;
  status: TipsterStatus;
  /** YYYY-MM-DD */
  receivedOn: string;
  category: string;
  language: string;
  messages: TipsterMessage[];
  reward: TipsterReward | null;
}
