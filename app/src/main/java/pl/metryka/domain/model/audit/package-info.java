/** The audit log: who tried what, when, and whether it was allowed. */
package pl.metryka.domain.model.audit;
