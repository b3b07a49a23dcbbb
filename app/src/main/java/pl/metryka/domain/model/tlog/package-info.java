/**
 * The change register in the transparency-log formats of C2SP, so that existing tools and witnesses
 * can follow a bulletin: the signed note ({@code c2sp.org/signed-note}), its verifier key, the
 * checkpoint ({@code c2sp.org/tlog-checkpoint}), tile coordinates ({@code c2sp.org/tlog-tiles}) and
 * Ed25519 witness cosignatures ({@code c2sp.org/tlog-cosignature}). Text and bytes only: the tree
 * itself is {@code domain.model.register}'s.
 */
package pl.metryka.domain.model.tlog;
