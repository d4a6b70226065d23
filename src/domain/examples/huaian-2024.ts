/**
 * Published identities of 淮安市 2024 (2021 format), as a partial report for tests. The published table's
 * 总计 column is computed here from the applicant columns, and the split among applicant columns is not part
 * of these identities: each published 总计 figure is put in the 自然人 column, so every 总计 equals it.
 * （七）总计 is computed from the 21 result rows, whose split the identity does not give either: the whole 3050
 * is placed in （一）予以公开 (an invented placement; only the sum is published). The printed totals are also
 * given as `stated` values, as an import would read them.
 */
import type { Values } from '../format/types';

export const HUAIAN_2024_VALUES: Values = {
  // 3119 + 34 = 3050 + 103 (O1, 总计列)
  't3.received.natural': 3119,
  't3.carriedIn.natural': 34,
  't3.disclosed.natural': 3050,
  't3.carriedOut.natural': 103,
  // 行政复议 351 = 72 + 64 + 178 + 37
  't4.review.upheld': 72,
  't4.review.corrected': 64,
  't4.review.other': 178,
  't4.review.pending': 37,
  // 未经复议直接起诉 26 = 13 + 4 + 8 + 1
  't4.suitDirect.upheld': 13,
  't4.suitDirect.corrected': 4,
  't4.suitDirect.other': 8,
  't4.suitDirect.pending': 1,
  // 复议后起诉 20 = 12 + 1 + 1 + 6
  't4.suitAfterReview.upheld': 12,
  't4.suitAfterReview.corrected': 1,
  't4.suitAfterReview.other': 1,
  't4.suitAfterReview.pending': 6,
};

/** The totals as the published table prints them (computed cells), for the S1–S3 checks. */
export const HUAIAN_2024_STATED: Values = {
  't3.received.total': 3119,
  't3.carriedIn.total': 34,
  't3.totalHandled.total': 3050,
  't3.carriedOut.total': 103,
  't4.review.total': 351,
  't4.suitDirect.total': 26,
  't4.suitAfterReview.total': 20,
};
