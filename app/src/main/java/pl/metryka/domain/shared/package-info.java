/** Small pieces shared by the whole domain: hashing, the canonical form hashes are taken over, time, input errors. */
package pl.metryka.domain.shared;
