/** Named accounts of clerks, auditors and administrators, and their roles. */
package pl.metryka.domain.model.account;
