import { z } from 'zod';
import { IsoDate, Money } from './codes';

export const Network = z.enum(['in', 'out', 'any']);

/** A deductible or out-of-pocket accumulator as the 271 reports it. */
export const Accumulator = z.object({
  network: Network,
  level: z.enum(['individual', 'family']).nullable(),
  /** The yearly amount ("$3,000.00 / Calendar Year"). */
  total: Money.nullable(),
  /** Met so far ("Year to Date"). */
  met: Money.nullable(),
  remaining: Money.nullable(),
});

/** A period of other coverage: Medicare Advantage, MSP, hospice, another payer primary. */
export const CoveragePeriod = z.object({
  name: z.string().max(200).nullable(),
  from: IsoDate.nullable(),
  to: IsoDate.nullable(),
  detail: z.string().max(300).nullable(),
});

export const Eligibility = z.object({
  coverage: z.enum(['active', 'inactive', 'unknown']),
  payer: z.string().max(200).nullable(),
  planName: z.string().max(200).nullable(),
  planType: z.string().max(100).nullable(),
  /** The date of service the lookup was made for. */
  dateOfService: IsoDate.nullable(),
  planBegin: IsoDate.nullable(),
  planEnd: IsoDate.nullable(),
  eligibilityBegin: IsoDate.nullable(),
  eligibilityEnd: IsoDate.nullable(),
  /** Medicare Part A / B entitlement (HETS). */
  partA: CoveragePeriod.nullable(),
  partB: CoveragePeriod.nullable(),
  medicareAdvantage: z.array(CoveragePeriod),
  msp: z.array(CoveragePeriod),
  hospice: z.array(CoveragePeriod),
  homeHealth: z.array(CoveragePeriod),
  otherPayers: z.array(CoveragePeriod),
  qmb: z.boolean().nullable(),
  deductible: z.array(Accumulator),
  outOfPocket: z.array(Accumulator),
  copays: z.array(z.object({ service: z.string().max(200), amount: Money, network: Network })),
  coinsurance: z.array(
    z.object({ service: z.string().max(200), percent: z.number().min(0).max(100), network: Network }),
  ),
  priorAuthRequired: z.boolean().nullable(),
});

export type Network = z.infer<typeof Network>;
export type Accumulator = z.infer<typeof Accumulator>;
export type CoveragePeriod = z.infer<typeof CoveragePeriod>;
export type Eligibility = z.infer<typeof Eligibility>;
