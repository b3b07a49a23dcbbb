/**
 * The change register as a C2SP transparency log under {@code /tlog/}: {@code checkpoint} (the
 * signed tree head as a signed note), {@code key} (its verifier key), {@code tile/...} (hash tiles
 * and entry bundles, c2sp.org/tlog-tiles) and {@code cosignature} (witnesses' cosignatures).
 */
package pl.metryka.interfaces.tlog;
