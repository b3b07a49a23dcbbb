/** HTML handling: the sanitizer every document body passes through before it is stored. */
package pl.metryka.infrastructure.html;
