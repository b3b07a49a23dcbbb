/** The publishing body (podmiot udostępniający), one per installation. */
package pl.metryka.domain.model.podmiot;
