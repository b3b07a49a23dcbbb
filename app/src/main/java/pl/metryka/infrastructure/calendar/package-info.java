/** The Polish calendar of working days, from the maintained Jollyday holiday library. */
package pl.metryka.infrastructure.calendar;
