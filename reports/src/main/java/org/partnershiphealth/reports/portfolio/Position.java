package org.partnershiphealth.reports.portfolio;

/**
 * Where one partnership's value lies among the portfolio's: below the middle half, in it, or above it. A value
 * equal to a quartile belongs to the middle half, so the two outer quarters hold only values clearly outside it.
 * Deliberately no finer: the portfolio view gives context, it does not put partnerships in order.
 */
public enum Position { LOWEST_QUARTER, MIDDLE_HALF, HIGHEST_QUARTER }
