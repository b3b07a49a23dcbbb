/**
 * The change register as a C2SP transparency log: the latest signed tree head as a checkpoint
 * signed note, the tree as hash tiles and entry bundles, and (when configured) witnesses'
 * cosignatures of checkpoints. The log's key is reached through the {@link RegisterKey} port.
 */
package pl.metryka.application.tlog;
