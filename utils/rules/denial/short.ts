import { describeCarc } from './carc';
import { describeRarc } from './rarc';

/** The short meaning of a CARC or RARC, as notes and the options preview show it. */
export const shortMeaning = (kind: 'carc' | 'rarc', code: string): string | undefined =>
  (kind === 'carc' ? describeCarc(code) : describeRarc(code))?.short;
